import json
from collections import OrderedDict
print(json.__all__)
data = {'name': 'Ann', 'age': 31, 'tags': ['a', 'b'], 'ok': True, 'none': None, 'pi': 3.141592653589793, 'nested': {'x': [1, 2.5, {'y': []}], 'e': {}}}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent='\t', separators=(',', ':')))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps([1, [2, [3, []]], {}], indent=0))
print(json.dumps('\x7f\u00e9\U0001f600\n\x00"\\/\t\b\f\r'), json.dumps('\x7f\u00e9\U0001f600\n\x00', ensure_ascii=False))
print(json.dumps([float('nan'), float('inf'), -float('inf'), 1e100, 1e-7, 0.1, -0.0, 1.0, 10**20, 2**70]))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd', False: 'e'}), json.dumps({'b': 1, 'a': 2}, sort_keys=True))
print(json.dumps({(1, 2): 'x', 'k': 1}, skipkeys=True), json.dumps((1, 2)), json.dumps('plain'), json.dumps(5), json.dumps(None))
class Pt:
    def __init__(self, x, y): self.x = x; self.y = y
print(json.dumps([Pt(1, 2)], default=lambda o: o.__dict__))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}}, cls=Enc), Enc(indent=1).encode([1, {2, 3}]), list(Enc().iterencode([1, 'a'])))
import enum
class Color(enum.IntEnum):
    RED = 1
print(json.dumps([Color.RED, True]))
for bad in [lambda: json.dumps(float('nan'), allow_nan=False), lambda: json.dumps({(1,): 2}), lambda: json.dumps(object()),
            lambda: json.dumps([1, {'a': [object()]}]), lambda: json.loads(3), lambda: json.dumps({1: 2, 'a': 3}, sort_keys=True)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
lst = []; lst.append(lst)
try:
    json.dumps(lst)
except ValueError as e:
    print('ValueError', e)
dd = {}; dd['me'] = dd
try:
    json.dumps(dd)
except ValueError as e:
    print('ValueError', e)
print(json.dumps(lst if False else [1], check_circular=False))
print(json.loads('{"a": [1, 2.5, -3e2, true, false, null, "s\\u00e9\\n"], "b": {}}'))
print(json.loads('  [ 1 , 2 ]  '), json.loads('"\\ud83d\\ude00"') == '\U0001f600', json.loads('-0'), json.loads('-0.0'), json.loads('1E3'), json.loads('123456789012345678901234567890'))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads(b'[1]'), json.loads(bytearray(b'{"x": 2}')), json.loads('"\\/\\b\\f\\r\\t"'))
print(json.loads('"\\ud83d x"') == '\ud83d x', json.loads('"a\\u0041"'), json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict), json.loads('{"b": 1, "a": [2]}', object_pairs_hook=list))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d.items())), json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN]', parse_constant=lambda c: 'const:' + c), json.loads('"a\x01b"', strict=False))
print(json.JSONDecoder().raw_decode('[1, 2] trailing'), json.JSONDecoder().raw_decode('  {"a":1}', 2))
docs = ['', ' ', '[1,]', '{"a":1,}', '[1 2]', '{"a" 1}', '{1:2}', '{"a":}', '"abc', '"a\\qb"', '"\\u12g4"', '"a\x01"', '01', '1.', '-', '-a', '[', '{',
        '{"a"', '{"a":1', 'nul', 'tru', '[1,2', '1 2', '\ufeff1', '"\\', '"\\u12', '[-]', '1e', '1e+', '{"a":1 "b":2}', '[1,\n2,\n]', '  \n  x', 'NaN1', '["a",]',
        '[1, ]', '{"a": 1 , }', '"\\ud800\\u12"', '[\n  1,\n  2\n  x]', 'true false', '{"a":1}}', '.5', '+1', '1.e5', '0x10', '"\t"']
for doc in docs:
    try:
        print(repr(doc), repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(repr(doc), 'JSONDecodeError', e, '|', e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
import io
buf = io.StringIO()
json.dump({'k': [1, 2]}, buf, indent=1)
print(buf.getvalue())
print(json.load(io.StringIO('{"z": 0}')))
print(json.loads(json.dumps(data)) == data, json.dumps(json.loads('{"\\u00e9": "\\u2603"}')), json.dumps("\u2603", ensure_ascii=False))
print(json.dumps(OrderedDict([('z', 1), ('a', 2)])), json.dumps({'a': 1}, indent=4, separators=(' ,', ' : ')))
