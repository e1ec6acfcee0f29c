import functools
from functools import *
print(functools.__all__)
print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)
print(reduce(lambda a, b: a + b, [1, 2, 3, 4, 5]), reduce(lambda a, b: a * b, [], 7), reduce(max, 'hello'))
for bad in [lambda: reduce(max, []), lambda: partial(), lambda: partial(1), lambda: lru_cache('x'),
            lambda: partialmethod(1), lambda: total_ordering(type('X', (), {}))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
p = partial(max, 1, key=abs)
print(repr(p), p(-5, 3), p.func is max, p.args, p.keywords)
q = partial(p, 3, default=0)
print(repr(q), q.args, q.keywords)
class P(partial):
    pass
print(repr(P(max, 2)), repr(partial(P(max, 2), 3)))
def power(base, exp): return base ** exp
square = partial(power, exp=2)
print(square(7), square(2, exp=5), square.func.__name__)
pp = partial(print, sep='-')
pp('a', 'b', 'c')
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        return f(*a, **k) * 2
    return inner
@deco
def add(a: int, b: int = 1) -> int:
    "Add things."
    return a + b
print(add(2), add.__name__, add.__doc__, add.__annotations__, add.__wrapped__(2), add.__qualname__)
def target(): pass
target.extra = 5
def w(): pass
update_wrapper(w, target, assigned=('__name__',), updated=())
print(w.__name__, hasattr(w, 'extra'), w.__wrapped__ is target)
update_wrapper(w, target)
print(w.extra, w.__doc__)
calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print([sq(i) for i in [1, 2, 1, 3, 2, 1]], calls, sq.cache_info())
print(sq.cache_parameters(), sq.__name__, sq.__wrapped__(4))
sq.cache_clear(); print(sq.cache_info(), sq.cache_info().hits, sq.cache_info()._fields if hasattr(sq.cache_info(), '_fields') else None)
@lru_cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache(maxsize=None, typed=True)
def ident(x): return repr(x)
print(ident(1), ident(1.0), ident(True), ident.cache_info())
@lru_cache(maxsize=None)
def ident2(x): return repr(x)
print(ident2(1), ident2(1.0), ident2.cache_info(), ident2.cache_parameters())
@lru_cache(maxsize=0)
def nocache(x): return x
print(nocache(1), nocache(1), nocache.cache_info())
@lru_cache(-5)
def neg(x): return x
print(neg(1), neg.cache_info())
@cache
def kw(a, b=0, *, c=1): return a + b + c
print(kw(1), kw(1, c=1), kw(1, b=0), kw(1, 0), kw(a=1), kw.cache_info())
class Cls:
    @lru_cache
    def m(self, x): return x + 1
    def __hash__(self): return 1
print(Cls().m(1), Cls.m.cache_info())
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(3) <= V(2), V.__gt__.__name__, sorted(n for n in ('__le__', '__gt__', '__ge__') if n in V.__dict__))
@total_ordering
class G:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o):
        if not isinstance(o, G): return NotImplemented
        return self.v >= o.v
print(G(1) < G(2), G(1) > G(2), G(2) <= G(2), G(3) >= G(2), G(1).__lt__(5))
def cmp(a, b): return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(b) - len(a))))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))
class Cell:
    def __init__(self): self.state = False
    def set_state(self, state): self.state = state
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell(); c.set_alive(); print(c.state); c.set_dead(); print(c.state)
print(repr(Cell.__dict__['set_alive']).startswith('functools.partialmethod(<function Cell.set_state'))
class Data:
    def __init__(self, n): self.n = n; self.count = 0
    @cached_property
    def total(self):
        "The total."
        self.count += 1
        return sum(range(self.n))
d = Data(10)
print(d.total, d.total, d.count, Data.total.__doc__, Data.total.attrname, 'total' in d.__dict__)
del d.total; print(d.total, d.count)
class Slots:
    __slots__ = ('x',)
    @cached_property
    def y(self): return 1
try:
    Slots().y
except TypeError as e:
    print(e)
@singledispatch
def fun(arg, verbose=False):
    return f'default {arg!r}'
@fun.register
def _(arg: int, verbose=False):
    return f'int {arg}'
@fun.register(list)
def _(arg, verbose=False):
    return f'list of {len(arg)}'
def nothing(arg, verbose=False):
    return 'nothing'
fun.register(type(None), nothing)
@fun.register
def _(arg: float | complex):
    return f'number {arg}'
print(fun('x'), fun(3), fun(True), fun([1, 2]), fun(None), fun(2.5), fun(1j), fun((1,)))
print(fun.dispatch(bool).__name__, fun.dispatch(object) is fun.__wrapped__, fun.__name__)
print(sorted(k.__name__ for k in fun.registry))
import collections.abc as cabc
@singledispatch
def kind(x): return 'object'
@kind.register
def _(x: cabc.Sequence): return 'sequence'
@kind.register
def _(x: cabc.Mapping): return 'mapping'
@kind.register
def _(x: str): return 'str'
print(kind([1]), kind((1,)), kind('s'), kind({}), kind(3), kind(range(2)))
try:
    fun()
except TypeError as e:
    print(e)
for bad in [lambda: fun.register(3), lambda: fun.register(lambda x: 1)]:
    try:
        bad()
    except TypeError as e:
        print(str(e).split(':')[0])
class Neg:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError('Cannot negate a')
    @neg.register
    def _(self, arg: int):
        return -arg
    @neg.register
    def _(self, arg: bool):
        return not arg
print(Neg().neg(5), Neg().neg(True))
try:
    Neg().neg('s')
except NotImplementedError as e:
    print(e)
