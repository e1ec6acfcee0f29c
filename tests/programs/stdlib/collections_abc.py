import collections.abc as cabc
from collections.abc import *
print(cabc.__all__)
samples = [[], (), '', b'', bytearray(), {}, set(), frozenset(), range(3), iter([]), (x for x in []), len, 3, None, {}.keys(), {}.items(), {}.values(), memoryview(b'')]
names = ['Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized', 'Container', 'Callable', 'Collection',
         'Set', 'MutableSet', 'Mapping', 'MutableMapping', 'Sequence', 'MutableSequence', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView', 'Buffer']
for obj in samples:
    print(type(obj).__name__, [n for n in names if isinstance(obj, getattr(cabc, n))])
print(Sequence, MutableMapping.__mro__[1:], Iterable[int])
class Seq(Sequence):
    def __init__(self, *items): self._items = items
    def __getitem__(self, i): return self._items[i]
    def __len__(self): return len(self._items)
s = Seq(1, 2, 3, 2)
print(list(s), 2 in s, s.index(2), s.index(2, 2), s.count(2), list(reversed(s)), isinstance(s, Reversible), len(s))
try:
    s.index(9)
except ValueError as e:
    print('ValueError', repr(e))
class Bad(Sequence):
    pass
try:
    Bad()
except TypeError as e:
    print(e)
class MyMap(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MyMap()
m['a'] = 1; m.update({'b': 2}, c=3); m.update([('d', 4)])
print(list(m.keys()), list(m.values()), list(m.items()), m.get('z'), 'a' in m, m.pop('a'), m.setdefault('e', 5), m.popitem(), m == {'c': 3, 'd': 4, 'e': 5})
print(m.keys() & {'c', 'x'}, sorted(m.keys() | {'x'}), sorted(m.keys() - {'c'}), ('c', 3) in m.items(), 4 in m.values(), repr(m.keys())[:9])
m.clear(); print(len(m), m.pop('q', 'dflt'))
try:
    m.pop('q')
except KeyError as e:
    print('KeyError', e)
class MySet(MutableSet):
    def __init__(self, it=()): self._s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(self._s)
    def __len__(self): return len(self._s)
    def add(self, x):
        if x not in self._s: self._s.append(x)
    def discard(self, x):
        if x in self._s: self._s.remove(x)
    def __repr__(self): return f'MySet({self._s})'
a = MySet([1, 2, 3]); b = MySet([3, 4])
print(a | b, a & b, a - b, a ^ b, a <= MySet([1, 2, 3, 4]), a < a, a == MySet([3, 2, 1]), a.isdisjoint(b), a.isdisjoint([9]))
a |= [7]; print(a); a -= [1]; print(a); a &= [2, 7, 8]; print(a); a ^= [2, 9]; print(a)
print(a.pop(), a); a.remove(9) if 9 in a else None; print(a)
try:
    a.remove(100)
except KeyError as e:
    print('KeyError', e)
class MyList(MutableSequence):
    def __init__(self): self._l = []
    def __getitem__(self, i): return self._l[i]
    def __setitem__(self, i, v): self._l[i] = v
    def __delitem__(self, i): del self._l[i]
    def __len__(self): return len(self._l)
    def insert(self, i, v): self._l.insert(i, v)
ml = MyList()
ml.append(1); ml.extend([2, 3, 4]); ml += [5]; ml.reverse(); print(list(ml), ml.pop(), ml.pop(0), list(ml)); ml.remove(3); print(list(ml)); ml.clear(); print(list(ml))
class Duck:
    def __iter__(self): return iter([])
    def __len__(self): return 0
    def __contains__(self, x): return False
print(isinstance(Duck(), Collection), isinstance(Duck(), Sized), isinstance(Duck(), Sequence), issubclass(Duck, Iterable))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable), issubclass(list, Hashable), issubclass(tuple, Hashable))
Sequence.register(Duck)
print(isinstance(Duck(), Sequence), issubclass(Duck, Reversible))
def g():
    yield 1
print(isinstance(g(), Generator), isinstance(g(), Iterator), issubclass(type(g()), Iterable))
async def co(): pass
c = co()
print(isinstance(c, Coroutine), isinstance(c, Awaitable))
c.close()
print(hash(frozenset()) == Set._hash(frozenset()) if False else 'skip')
