import functools
import inspect


def f(a, b: int = 2, /, c=3, *args, d, e: str = 'x', **kw) -> bool:
    """Doc of f.

        indented line
    last line
    """


def g(x, y=None, *, z):
    pass


class C:
    def __init__(self, p, q=1):
        self.p = p

    def method(self, r, *s):
        return r

    @classmethod
    def cm(cls, t):
        pass

    @staticmethod
    def sm(u, v=0):
        pass

    def __call__(self, w):
        return w


class Plain:
    pass


for obj in (f, g, C, C.method, C(1).method, C.cm, C.sm, C(1), Plain, lambda a, *, b=1: 0,
            functools.partial(g, 1), functools.partial(g, y=2)):
    print(inspect.signature(obj))

sig = inspect.signature(f)
print(repr(sig))
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.description, repr(p.default) if p.default is not p.empty else 'empty',
          p.annotation if p.annotation is not p.empty else '-', repr(p))
print(sig.return_annotation, list(sig.parameters))
print(str(inspect.Parameter.POSITIONAL_ONLY), inspect.Parameter.KEYWORD_ONLY == 3)

ba = inspect.signature(g).bind(1, z=3)
print(ba, ba.args, ba.kwargs, ba.arguments)
ba.apply_defaults()
print(ba.arguments)
print(inspect.signature(f).bind(1, 2, 3, 4, 5, d=6, k=7).arguments)
for args, kwargs in [((), {}), ((1, 2, 3), {'z': 1}), ((1,), {'z': 1, 'w': 2}), ((1,), {'x': 2, 'z': 3})]:
    try:
        inspect.signature(g).bind(*args, **kwargs)
    except TypeError as e:
        print('TypeError', e)
try:
    inspect.signature(f).bind(a=1, d=1)
except TypeError as e:
    print('TypeError', e)
print(inspect.signature(g).bind_partial(y=5))

P = inspect.Parameter
new = inspect.Signature([P('a', P.POSITIONAL_ONLY), P('b', P.POSITIONAL_OR_KEYWORD, default=1),
                         P('k', P.KEYWORD_ONLY, annotation=float)], return_annotation=list)
print(new, new == inspect.Signature(list(new.parameters.values()), return_annotation=list))
print(new.replace(return_annotation=inspect.Signature.empty))
print(P('x', P.VAR_KEYWORD), P('x', P.VAR_POSITIONAL, annotation=int), P('x', 1).replace(name='y', default=None))
for bad in [lambda: P('1x', P.POSITIONAL_ONLY), lambda: P('x', P.VAR_POSITIONAL, default=1),
            lambda: inspect.Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)]),
            lambda: inspect.Signature([P('a', 1, default=1), P('b', 1)]),
            lambda: inspect.Signature([P('a', 1), P('a', 3)]),
            lambda: inspect.signature(42)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


@functools.wraps(g)
def wrapper(*args, **kwargs):
    return g(*args, **kwargs)


print(inspect.signature(wrapper), inspect.signature(wrapper, follow_wrapped=False), inspect.unwrap(wrapper) is g)
wrapper.__signature__ = inspect.Signature([P('only', 1)])
print(inspect.signature(wrapper))
spec = inspect.getfullargspec(f)
print(spec)
print(inspect.getcallargs(g, 1, z=2))
print(inspect.formatannotation(list[int]), inspect.formatannotation(int), inspect.formatannotation(inspect.Parameter))
