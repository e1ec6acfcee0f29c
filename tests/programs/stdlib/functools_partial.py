import functools, copy
from functools import partial
def capture(*args, **kw):
    return args, kw
p = partial(capture, 1, a=2)
print(p(3, b=4), p.func is capture, p.args, p.keywords, repr(p)[:26])
q = copy.copy(p); r = copy.deepcopy(p)
print(q(5), r(6), q.keywords is p.keywords, r.keywords is p.keywords, q.func is capture)
p.attr = [1]
s = copy.copy(p)
print(s.attr, s.attr is p.attr, copy.deepcopy(p).attr is p.attr)
p.__setstate__((capture, (9,), {'z': 1}, None))
print(p(), p.args, p.keywords, hasattr(p, 'attr'))
try:
    p.__setstate__((capture, [1], None, None))
except TypeError as e:
    print('TypeError', e)
try:
    p.__setstate__((1, 2))
except TypeError as e:
    print('TypeError', e)
class Sub(partial):
    pass
sp = Sub(capture, 1)
print(type(sp).__name__, sp(2), repr(partial(sp, 3))[:22], type(copy.copy(sp)).__name__)
rec = partial(capture)
rec.args  # noqa
print(partial(partial(partial(max, 1), 2), 3)())
@functools.lru_cache(maxsize=3)
def f(x, y=0):
    return x + y
print(f(1), f(1, y=0), f(1, 0), f(x=1), f.cache_info())
print(f(2), f(3), f(4), f(1), f.cache_info())
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __hash__(self): return hash(self.v)
print(f(K(1).v), f.cache_info().hits)
