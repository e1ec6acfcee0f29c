# json.dumps / json.loads of nested records, with and without indentation and sorted keys (json_dumps/json_loads
# in the spirit of pyperformance): the pure-Python encoder and decoder in a loop.
import json


def make_records(n):
    records = []
    for i in range(n):
        records.append({
            'id': i,
            'name': f'item-{i}',
            'price': round(i * 1.37 % 97, 2),
            'tags': ['red', 'green', 'blue'][: i % 3 + 1],
            'ok': i % 2 == 0,
            'note': None if i % 5 else 'caf\u00e9 "quoted" \\ slash',
            'dims': {'w': i % 7, 'h': i % 11, 'd': [i, i * 2, i * 3]},
        })
    return records


records = make_records(800)
total = 0
for round_ in range(6):
    text = json.dumps(records, sort_keys=round_ % 2 == 1)
    pretty = json.dumps(records[:100], indent=2, ensure_ascii=False)
    back = json.loads(text)
    again = json.loads(pretty)
    total += len(text) + len(pretty) + len(back) + sum(r['dims']['w'] for r in again)
print(total, json.dumps(back[7], sort_keys=True), back == records)
