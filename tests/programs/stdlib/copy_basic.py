import copy
print(copy.__all__, copy.Error is copy.error, issubclass(copy.Error, Exception))
a = [1, [2, 3], {'k': [4]}, (5, [6]), {7, 8}]
b = copy.copy(a); c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c == a, c[1] is a[1], c[2]['k'] is a[2]['k'], c[3] is a[3], c[3][1] is a[3][1])
t = (1, 2, 'x'); print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2]); print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
for v in [None, 1, 2.5, 3j, 'abc', b'xy', True, range(3), len, int, frozenset({1})]:
    print(repr(v), copy.copy(v) is v, copy.deepcopy(v) is v)
d = {'a': [1], 'b': {'c': 2}}
d2 = copy.copy(d); d3 = copy.deepcopy(d)
d['a'].append(9)
print(d2, d3)
s = {1, 2}; print(copy.copy(s) == s, copy.copy(s) is s)
ba = bytearray(b'ab'); print(copy.copy(ba), copy.deepcopy(ba), copy.copy(ba) is ba)
class Point:
    def __init__(self, x, y): self.x = x; self.y = y
    def __repr__(self): return f'Point({self.x!r}, {self.y!r})'
p = Point([1], 2)
q = copy.copy(p); r = copy.deepcopy(p)
p.x.append(3)
print(q, r, type(q).__name__, q is p)
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]
s1 = Slotted(); s2 = copy.deepcopy(s1); s3 = copy.copy(s1)
print(s2.a, s2.a is s1.a, s3.a is s1.a, hasattr(s2, 'b'))
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self): return Custom('copied ' + str(self.v))
    def __deepcopy__(self, memo): return Custom('deep ' + str(self.v))
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(2)).v, copy.deepcopy([Custom(3)])[0].v)
class State:
    def __init__(self): self.data = [1, 2]; self.cache = 'big'
    def __getstate__(self): return {'data': self.data}
    def __setstate__(self, st): self.__dict__.update(st); self.cache = 'rebuilt'
st = copy.deepcopy(State()); print(st.data, st.cache)
st = copy.copy(State()); print(st.data, st.cache)
rec = [1]; rec.append(rec)
rc = copy.deepcopy(rec); print(rc[1] is rc, rc is rec, len(rc))
dd = {}; dd['self'] = dd
dc = copy.deepcopy(dd); print(dc['self'] is dc)
shared = [0]; pair = [shared, shared]
pc = copy.deepcopy(pair); print(pc[0] is pc[1], pc[0] is shared)
memo = {}
x = [1, 2]; y = copy.deepcopy([x, x], memo); print(id(x) in memo, memo[id(x)] is y[0])
class L(list):
    pass
l = L([1, [2]]); l.tag = 'T'
lc = copy.copy(l); ld = copy.deepcopy(l)
print(type(lc).__name__, lc, lc.tag, lc[1] is l[1], ld[1] is l[1], ld.tag)
class D(dict):
    pass
dd = D(a=[1]); dd.extra = 5
dc = copy.deepcopy(dd); print(type(dc).__name__, dc, dc.extra, dc['a'] is dd['a'])
class WithNew:
    def __new__(cls, value):
        obj = super().__new__(cls); obj.value = value; return obj
    def __getnewargs__(self): return (self.value,)
w = copy.copy(WithNew(7)); print(w.value)
class Red:
    def __init__(self, a): self.a = a
    def __reduce__(self): return (Red, (self.a * 2,))
print(copy.copy(Red(2)).a, copy.deepcopy(Red([1])).a)
def f(): pass
print(copy.deepcopy(f) is f, copy.copy(Point) is Point)
import types
class R:
    def __init__(self, a, b): self.a = a; self.b = b
    def __replace__(self, **ch):
        return R(ch.get('a', self.a), ch.get('b', self.b))
rr = copy.replace(R(1, 2), b=5); print(rr.a, rr.b)
try:
    copy.replace(1, x=2)
except TypeError as e:
    print(e)
class Meth:
    def m(self): return self
bm = Meth().m
print(copy.deepcopy(bm).__self__ is bm.__self__, copy.deepcopy(bm).__func__ is bm.__func__)
