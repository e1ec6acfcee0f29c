from collections import deque
d = deque('ghi')
d.append('j'); d.appendleft('f')
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), list(d), list(reversed(d)), 'h' in d, 'z' in d)
d.extend('jkl'); d.extendleft('abc')
print(d, d.maxlen)
d.rotate(1); print(d)
d.rotate(-2); print(d)
d.rotate(10); print(d)
d.clear(); print(d, bool(d))
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10); print(m)
m.appendleft(-1); print(m)
m.extend([20, 21]); print(m)
m.extendleft([30, 31]); print(m)
print(deque([], maxlen=0), deque([1, 2], 0))
z = deque([], maxlen=0); z.append(1); z.appendleft(2); print(z)
q = deque([1, 2, 3, 2, 1])
print(q.count(2), q.index(2), q.index(2, 2), q.index(1, -1))
q.insert(1, 'x'); q.insert(-1, 'y'); q.insert(100, 'end'); print(q)
q.remove(2); print(q)
del q[0]; print(q)
q[0] = 'first'; q[-1] = 'last'; print(q)
q.reverse(); print(q)
print(q.copy(), q == q.copy(), q is q.copy(), deque([1, 2]) < deque([1, 3]), deque([1]) == [1], deque([1, 2]) + deque([3]))
r = deque([1, 2]); r += [3, 4]; print(r, r * 2, 2 * r)
r *= 2; print(r)
r *= 0; print(r)
import copy
c = deque([[1], [2]], maxlen=5)
print(copy.copy(c), copy.deepcopy(c), copy.copy(c)[0] is c[0], copy.deepcopy(c)[0] is c[0])
for expr in ['deque().pop()', 'deque().popleft()', 'deque([1])[5]', 'deque([1]).remove(2)', 'deque([1],1).insert(0,2)',
             'deque([1]).index(3)', 'deque([1])[1:2]', 'deque(maxlen=-1)', 'deque([1])+[2]', 'deque([1]).rotate("a")',
             'deque(maxlen="a")', 'deque([1])[-2]']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
dd = deque([1, 2, 3])
try:
    for item in dd:
        dd.append(item)
except RuntimeError as e:
    print('RuntimeError', e)
rec = deque([1]); rec.append(rec); print(rec)
print(deque(x * x for x in range(5)), list(deque('abc')), sorted(deque([3, 1, 2])), sum(deque([1, 2, 3])))
window = deque(maxlen=3)
avgs = []
for v in [40, 30, 50, 46, 39, 44]:
    window.append(v)
    avgs.append(sum(window) / len(window))
print(avgs)
print(deque[int], isinstance(deque(), deque))
