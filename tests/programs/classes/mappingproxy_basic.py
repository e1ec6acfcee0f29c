# A class's namespace is a read-only mappingproxy (cls.__dict__, vars(cls)); types.MappingProxyType wraps any
# mapping.
import types


class A:
    x = 1

    def f(self):
        self.y = 2


print(type(A.__dict__).__name__, list(A.__dict__))
print(A.__dict__['x'], 'f' in A.__dict__, A.__dict__.get('zz', 5), type(vars(A)) is types.MappingProxyType)
try:
    A.__dict__['x'] = 2
except TypeError as e:
    print("TypeError:", e)
A.later = 3
print('later' in A.__dict__, vars(A)['later'])
mp = types.MappingProxyType({'a': 1})
print(mp, repr(mp), mp['a'], list(mp.keys()), list(mp.items()), list(mp.values()), mp.copy(), type(mp.copy()).__name__)
try:
    mp['b'] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    del mp['a']
except TypeError as e:
    print("TypeError:", e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print("TypeError:", e)
print(mp == {'a': 1}, dict(mp), {**mp}, 'a' in mp, list(mp), list(reversed(mp)), len(mp), mp.get('q'))
src = {'k': 1}
live = types.MappingProxyType(src)
src['k2'] = 2
print(live, len(live))
a = A()
a.z = 3
print(a.__dict__, vars(a), A.__dict__['__dict__'], A.__dict__['__weakref__'], A.__dict__['__weakref__'].__get__(a))
a.__dict__ = {'q': 1}
print(a.q, vars(a))


class Sub(A):
    pass


class I(int):
    pass


class E(Exception):
    pass


class S:
    __slots__ = ('a', '__weakref__')


class S2(S):
    __slots__ = ()


for cls in (Sub, I, E, S, S2):
    print(cls.__name__, [k for k in vars(cls) if k in ('__dict__', '__weakref__')], list(vars(cls)))
print(vars(S)['a'])
try:
    hash(mp)
except TypeError as e:
    print("TypeError:", e)
