import weakref, copy
class C:
    def __init__(self, n):
        self.n = n
    def m(self):
        return self.n
a, b = C(1), C(2)
r = weakref.ref(a)
print(r() is a, r == weakref.ref(a), r != weakref.ref(b), hash(r) == hash(a), r.__callback__, type(r).__name__)
print(weakref.ref is weakref.ReferenceType, copy.deepcopy(r) is r, copy.copy(r) is r)
d = weakref.WeakValueDictionary()
d['a'] = a
d['b'] = b
print(sorted(d.keys()), d['a'].n, 'a' in d, 'z' in d, len(d), d.get('zz', 'no'), d.setdefault('a', b).n)
print(sorted(v.n for v in d.values()), d.pop('b').n, len(d))
k = weakref.WeakKeyDictionary()
k[a] = 'A'
k[b] = 'B'
print(k[a], a in k, C(3) in k, len(k), sorted(k.values()), k.get(C(4), 'none'))
del k[b]
print(len(k), list(k.items())[0][1])
s = weakref.WeakSet([a, b, a])
print(len(s), a in s, C(3) in s)
s.discard(b)
print(len(s), [x.n for x in s])
wm = weakref.WeakMethod(a.m)
print(wm()(), wm == weakref.WeakMethod(a.m))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print('TypeError', e)
