# collections.deque as CPython's C type behaves (the _collections accelerator when present): maxlen, rotate,
# indexing, iteration with mutation checks, repr recursion, comparisons, copies, pickling support, subclasses.
# (Messages naming the type 'collections.deque' say 'deque' in Tiercel: modules/stdlib/PYTHON-LIB.md.)
import copy
from collections import deque, Counter


def attempt(label, f, *args, **kwargs):
    try:
        print(label, f(*args, **kwargs))
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque(range(5), maxlen=12)
d.append(5)
d.appendleft(-1)
d.append(6)
print(d, len(d), d.maxlen, d[0], d[-1], d[3])
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(15)
print(d, d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft('xy')
print(d)
d.reverse()
print(d, d.count('a'), d.index('a'), 'b' in d, 'zz' in d)
d[1] = 'B'
del d[0]
print(d)
d.insert(2, 'ins')
d.insert(-1, 'neg')
d.insert(100, 'end')
print(d)
d.remove('ins')
print(d, bool(d), bool(deque()))
d.clear()
print(d, d.maxlen)

z = deque([1, 2, 3], maxlen=0)
z.append(4)
z.extend([5, 6])
print(z, len(z))
w = deque([1, 2, 3], 3)
w.appendleft(0)
print(w)
w.extendleft([7, 8])
print(w)
w.__init__([9])
print(w, w.maxlen)

for op in ['d.rotate(1)', 'd.reverse()', 'd[0] = 9', 'd.insert(1, 5)', 'd.remove(2)', 'del d[0]', 'd.extend([])',
           'd.clear()', 'd *= 1', 'd *= 2', 'd += []', 'd.append(1)', 'd.pop()', 'd.copy()']:
    d = deque([1, 2, 3])
    it = iter(d)
    next(it)
    exec(op)
    attempt(op, next, it)
d = deque([1, 2])
it = iter(d)
print(list(it), it.__length_hint__(), list(reversed(deque('abc'))))


class Meddler:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.append(0)
        return False


for method in ['count', 'index', 'remove', '__contains__']:
    d = deque()
    d.extend([Meddler(d), 1])
    attempt(method, getattr(d, method), 3)

d = deque([1, 2, 3, 4, 5])
print(d.index(3, -3), d.index(3, 0, 100), d.index(5, -100))
attempt('index range', d.index, 1, 1, 3)
attempt('index str', d.index, 3, 'a')
attempt('rotate str', d.rotate, 'a')
attempt('mul str', lambda: d * 'a')
attempt('getitem str', lambda: d['a'])
attempt('getitem slice', lambda: d[1:2])
attempt('getitem range', lambda: d[5])
attempt('setitem range', d.__setitem__, -6, 0)
attempt('delitem range', d.__delitem__, 9)
attempt('pop empty', deque().pop)
attempt('popleft empty', deque().popleft)
attempt('remove missing', d.remove, 42)
attempt('index missing', d.index, 42)
attempt('insert full', deque([1], 1).insert, 0, 2)
attempt('maxlen neg', deque, maxlen=-1)
attempt('maxlen float', deque, maxlen=2.0)
attempt('maxlen str', deque, [], 'a')
attempt('too many', deque, [], 2, 3)
attempt('bad kw', deque, x=1)
attempt('set maxlen', setattr, deque(), 'maxlen', 3)
attempt('add list', lambda: deque([1]) + [2])
attempt('append arity', deque().append)
attempt('pop arity', deque().pop, 1)
print(deque(iterable=[1, 2], maxlen=1), deque('abc', 0), deque(maxlen=True))

d = deque([1, 2], 3)
d *= 3
print(d, deque([1], 3) * 5, 2 * deque([1, 2]), deque([1, 2, 3], 5) * 0, deque([1, 2]) * -1)
e = deque([1])
e += [2, 3]
e += e
print(e, deque([1, 2]) + deque([3], 1))
s = deque([1])
s.extend(s)
s.extendleft(s)
print(s)

print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([1, 2, 3]) > deque([1, 2]),
      deque([2]) >= deque([1, 9]), deque([1]) == deque([1]), deque([1]) != deque([1.0]), deque([1]) == [1],
      deque() == deque(maxlen=3))
attempt('lt mixed', lambda: deque([1]) < deque(['a']))

r = deque([1])
r.append(r)
print(r, [r])
r2 = deque(maxlen=4)
r2.append([r2])
print(r2)

c = deque([[1], [2]], 5)
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
print(c2, c3, c2[0] is c[0], c3[0] is c[0], c.copy() == c)
print(c.__reduce__()[:3], list(c.__reduce__()[3]), deque([1]).__reduce__()[:3])


class D(deque):
    def __init__(self, *args, tag='t', **kwargs):
        super().__init__(*args, **kwargs)
        self.tag = tag

    def append(self, x):
        super().append(('wrapped', x))


sub = D([1, 2], 4, tag='x')
sub.append(3)
sub.extend([4])
print(sub, type(sub).__name__, sub.tag, isinstance(sub, deque), sub.maxlen)
cp = sub.copy()
print(type(cp).__name__, cp, cp.tag, sub.__reduce__()[1:3])
sub += [5]
print(sub, type(sub * 2).__name__, type(sub + deque([1])).__name__)


class Plain(deque):
    pass


p = Plain('ab')
p.x = 1
print(p, repr(Plain()), Plain('xy', 1), p == deque('ab'), p.__dict__)
print(deque[int], deque.__name__, deque.__module__, type(iter(deque())).__name__, type(reversed(deque())).__name__)
print(deque.__doc__)
window = deque(maxlen=3)
totals = []
for v in range(8):
    window.append(v * v)
    totals.append(sum(window))
print(totals, max(window), sorted(window, reverse=True), list(enumerate(window)))
print(Counter('abracadabra').most_common(3), Counter(['x', 'y', 'x']), Counter({'a': 2}) + Counter('ab'))


class Mapping(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 10)


cnt = Counter()
cnt.update('aab')
m = Mapping()
import collections
collections._count_elements(m, 'aab')
print(cnt, m)
