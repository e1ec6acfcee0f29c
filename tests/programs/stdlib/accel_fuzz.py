# Random operation sequences (fixed seed) over the accelerated modules, compared with CPython 3.13: deque with
# every maxlen, heaps, insort/bisect, JSON documents with every encoder option, islice/groupby/accumulate/chain,
# lru_cache sizes, reduce and partial.
import random, heapq, bisect, json
from collections import deque
rnd = random.Random(1234)
out = []
for trial in range(300):
    maxlen = rnd.choice([None, 0, 1, 3, 7])
    d = deque(rnd.sample(range(20), rnd.randrange(6)), maxlen)
    ref = []
    for step in range(25):
        op = rnd.randrange(14)
        try:
            if op == 0: d.append(rnd.randrange(9))
            elif op == 1: d.appendleft(rnd.randrange(9))
            elif op == 2: out.append(d.pop())
            elif op == 3: out.append(d.popleft())
            elif op == 4: d.extend(range(rnd.randrange(4)))
            elif op == 5: d.extendleft(range(rnd.randrange(4)))
            elif op == 6: d.rotate(rnd.randrange(-9, 9))
            elif op == 7: d.insert(rnd.randrange(-5, 6), 'i')
            elif op == 8: d.remove(rnd.randrange(9))
            elif op == 9: del d[rnd.randrange(-4, 4)]
            elif op == 10: out.append(d.index(rnd.randrange(9), rnd.randrange(-3, 3), rnd.randrange(-2, 8)))
            elif op == 11: d *= rnd.randrange(-1, 3)
            elif op == 12: d.reverse()
            else: out.append((d.count(1), 2 in d, d[rnd.randrange(-3, 3)]))
        except (IndexError, ValueError) as e:
            out.append(type(e).__name__ + str(e))
        out.append(repr(d))
print(len(out), out[-5:], sum(len(str(x)) for x in out))
print(out[::97])
h = []
res = []
for i in range(3000):
    op = rnd.randrange(5)
    if op < 2 or not h:
        heapq.heappush(h, (rnd.randrange(50), rnd.random()))
    elif op == 2:
        res.append(heapq.heappop(h))
    elif op == 3:
        res.append(heapq.heapreplace(h, (rnd.randrange(50), 0.5)))
    else:
        res.append(heapq.heappushpop(h, (rnd.randrange(50), 0.25)))
big = [rnd.randrange(1000) for _ in range(5000)]
heapq.heapify(big)
print(res[::150], h[:10], big[:20])
mx = [rnd.randrange(100) for _ in range(3000)]
heapq._heapify_max(mx)
print(mx[:15], [heapq._heappop_max(mx) for _ in range(5)])
s = []
for i in range(500):
    v = rnd.randrange(100)
    (bisect.insort_left if i % 2 else bisect.insort_right)(s, v)
print(s[::25], [bisect.bisect_left(s, q, rnd.randrange(50), rnd.randrange(400, 520)) for q in range(0, 100, 7)])
def gen(depth):
    k = rnd.randrange(9 if depth < 4 else 6)
    if k == 0: return rnd.randrange(-10**20, 10**20)
    if k == 1: return rnd.random() * 10 ** rnd.randrange(-30, 30)
    if k == 2: return ''.join(chr(rnd.choice([rnd.randrange(32, 127), rnd.randrange(0, 32), rnd.randrange(160, 0x2fff), 0x1f600])) for _ in range(rnd.randrange(8)))
    if k == 3: return rnd.choice([True, False, None])
    if k == 4: return -rnd.randrange(100)
    if k == 5: return rnd.choice([0.0, -0.0, 1e16, 1.5e-7, 123456.789])
    if k in (6, 7): return [gen(depth + 1) for _ in range(rnd.randrange(4))]
    return {str(rnd.randrange(50)): gen(depth + 1) for _ in range(rnd.randrange(4))}
docs = [gen(0) for _ in range(300)]
texts = [json.dumps(x, sort_keys=i % 2 == 0, indent=(None, 2, '\t')[i % 3], ensure_ascii=i % 4 < 2) for i, x in enumerate(docs)]
back = [json.loads(t) for t in texts]
print(sum(map(len, texts)), back == docs, texts[7][:200], texts[11][:200])
from itertools import accumulate, chain, groupby, islice
from functools import lru_cache, reduce, partial
rows = []
for trial in range(200):
    data = [rnd.randrange(4) for _ in range(rnd.randrange(12))]
    start = rnd.choice([None, 0, 1, 3])
    stop = rnd.choice([None, 0, 2, 5, 20])
    step = rnd.choice([None, 1, 2, 3])
    it = iter(data)
    sl = list(islice(it, start, stop, step))
    rows.append((sl, list(it), [(k, len(list(g))) for k, g in groupby(data, key=lambda v: v // 2)],
                 list(accumulate(data, initial=rnd.choice([None, 100]))),
                 list(chain(data[:2], data[2:5], [], data[5:]))))
print(rows[::23], sum(len(str(r)) for r in rows))
size = rnd.choice([1, 2, 4, 8])
@lru_cache(maxsize=size)
def cached(x, y=0):
    return (x, y, 'v')
trace = []
for i in range(400):
    x = rnd.randrange(10)
    trace.append(cached(x) if i % 3 else cached(x, y=x % 2))
print(cached.cache_info(), trace[::50], reduce(lambda a, b: a ^ b, [rnd.randrange(1000) for _ in range(99)]))
print(partial(partial(max, 3), 9, key=lambda v: -v)(7), partial(sorted, reverse=True)(data))
