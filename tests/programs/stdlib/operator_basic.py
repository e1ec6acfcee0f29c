import operator
from operator import *
print(operator.__all__)
print(lt(1, 2), le(2, 2), eq(1, 1.0), ne(1, 2), ge(1, 2), gt(3, 2))
print(not_(0), truth([]), truth([0]), is_(None, None), is_not(1, None))
print(abs(-3), add(2, 3), and_(6, 3), floordiv(7, 2), index(5), inv(5), invert(0), lshift(1, 4))
print(mod(7, 3), mul(3, 4), neg(2), or_(4, 1), pos(-1), pow(2, 10), rshift(256, 3), sub(5, 7))
print(truediv(7, 2), xor(5, 3), concat([1], [2]), concat('ab', 'cd'), contains([1, 2], 2))
print(countOf([1, 2, 1, 1.0, 3], 1), indexOf('hello', 'l'), getitem({'a': 1}, 'a'), getitem([1, 2, 3], slice(1, None)))
class M:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return M(self.v * o.v)
    def __imatmul__(self, o): self.v += o.v; return self
    def __repr__(self): return f'M({self.v})'
print(matmul(M(2), M(3)), imatmul(M(2), M(3)))
l = [1, 2, 3]
setitem(l, 1, 'x'); delitem(l, 0); print(l)
print(length_hint([1, 2]), length_hint(iter(range(7))), length_hint(5, 9), length_hint(iter([])))
class H:
    def __length_hint__(self): return 4
class N:
    def __length_hint__(self): return NotImplemented
print(length_hint(H()), length_hint(N(), 3))
print(call(max, 3, 9, 2), call(sorted, [3, 1], reverse=True))
x = [1]; y = iadd(x, [2]); print(x, y, x is y)
t = (1,); u = iconcat(t, (2,)); print(t, u)
for f, a, b in [(iand, 6, 3), (ifloordiv, 7, 2), (ilshift, 1, 3), (imod, 7, 4), (imul, 3, 3), (ior, 1, 2),
                (ipow, 3, 3), (irshift, 16, 2), (isub, 1, 5), (itruediv, 1, 4), (ixor, 7, 2)]:
    print(f.__name__, f(a, b))
s = {1, 2}; ior(s, {3}); print(sorted(s))
g = itemgetter(1); print(g('abc'), g([10, 20]), repr(g))
g = itemgetter(0, -1, slice(1, 3)); print(g('python'), repr(g))
print(sorted([('b', 2), ('a', 3), ('c', 1)], key=itemgetter(1)))
class P:
    def __init__(self, name, child=None): self.name = name; self.child = child
    def greet(self, greeting, punct='!'): return f'{greeting}, {self.name}{punct}'
p = P('ann', P('bob'))
a = attrgetter('name'); print(a(p), repr(a))
a = attrgetter('name', 'child.name'); print(a(p), repr(a))
m = methodcaller('greet', 'hi'); print(m(p), repr(m))
m = methodcaller('greet', 'yo', punct='?'); print(m(p), repr(m))
print(methodcaller('upper')('abc'), methodcaller('split', ',', maxsplit=1)('a,b,c'))
for bad in [lambda: concat(1, 2), lambda: index(1.5), lambda: attrgetter(1), lambda: methodcaller(1),
            lambda: itemgetter(), lambda: attrgetter(), lambda: methodcaller(), lambda: length_hint([], 1.0),
            lambda: indexOf([1], 2), lambda: attrgetter('nope')(p), lambda: iconcat(3, [1])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(operator.__add__(1, 2), operator.__getitem__('ab', 1), operator.__not__(1), operator.__call__(len, 'abc'))
import functools
print(functools.reduce(operator.mul, range(1, 8)))
