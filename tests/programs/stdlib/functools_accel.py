# functools' accelerated parts (the _functools module when present): reduce, cmp_to_key's KeyWrapper and the
# lru_cache wrapper (keys, recency, eviction, typed, kwargs, statistics, attributes, method binding, recursion).
import copy
import functools
from functools import reduce, cmp_to_key, lru_cache, cache


def attempt(label, f, *args, **kwargs):
    try:
        print(label, f(*args, **kwargs))
    except Exception as e:
        print(label, type(e).__name__, e)


print(reduce(lambda a, b: a * 10 + b, [1, 2, 3]), reduce(lambda a, b: a + b, [], 'init'), reduce(max, iter('hello')))
print(reduce(lambda a, b: a + [b], range(3), []), reduce(pow, [2, 3, 2]))
attempt('empty', reduce, lambda a, b: a, [])
attempt('not callable', reduce, 1, [1, 2])
attempt('not iterable', reduce, lambda a, b: a, 5)
attempt('no args', reduce)
attempt('four args', reduce, lambda a, b: a, [], 1, 2)
attempt('keyword', reduce, lambda a, b: a, [], initial=3)


def failing(a, b):
    raise KeyError(b)


attempt('raises', reduce, failing, [1, 2])

K = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=K), sorted('banana', key=cmp_to_key(lambda a, b: ord(b) - ord(a))))
print(K(3) < K(4), K(3) <= K(3), K(3) == K(3), K(3) != K(3), K(4) > K(3), K(2) >= K(3), K(obj=5).obj)
print(max([4, 9, 2], key=K), min(['bb', 'a'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
attempt('compare other', lambda: K(3) < 3)
attempt('no obj', K)
attempt('two objs', K, 1, 2)
attempt('no mycmp', cmp_to_key)
attempt('cmp raises', lambda: K(1) < K('a'))
print(type(K).__name__, type(K(1)).__name__)

calls = []


@lru_cache(maxsize=3)
def square(x):
    calls.append(x)
    return x * x


for v in [1, 2, 3, 1, 4, 2, 5, 1, 1]:
    square(v)
print(calls, square.cache_info(), square.cache_parameters())
square.cache_clear()
print(square.cache_info(), square(2), square.cache_info())
print(square.__name__, square.__qualname__, square.__module__, square.__wrapped__.__name__, square.__doc__)


@lru_cache(maxsize=None, typed=True)
def kinds(x, y=0, *, z=0):
    calls.append((x, y, z))
    return (x, y, z)


calls.clear()
for args, kwargs in [((1,), {}), ((1.0,), {}), ((1,), {}), ((1, 2), {}), ((1,), {'y': 2}), ((1,), {'z': 3}),
                     ((1,), {'z': 3}), ((True,), {})]:
    kinds(*args, **kwargs)
print(calls, kinds.cache_info())


@cache
def plain(*args, **kwargs):
    calls.append(args)
    return len(args) + len(kwargs)


calls.clear()
print(plain(1), plain(1), plain('a'), plain((1,)), plain(1, 2), plain(1, 2), plain(a=1), plain(a=1), calls)
print(plain.cache_info())
attempt('unhashable', plain, [1])
print(plain.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x + 1


print(nocache(1), nocache(1), nocache.cache_info())


@lru_cache(maxsize=-5)
def negative(x):
    return x


print(negative(1), negative(1), negative.cache_info())


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())


class Box:
    def __init__(self, v):
        self.v = v

    @lru_cache(maxsize=8)
    def scaled(self, k):
        calls.append(k)
        return self.v * k

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Box) and other.v == self.v


calls.clear()
b = Box(3)
print(b.scaled(2), b.scaled(2), Box(3).scaled(2), Box(4).scaled(2), calls, Box.scaled.cache_info())
print(Box.scaled(b, 5), type(Box.__dict__['scaled']).__name__ == type(square).__name__)


@lru_cache(maxsize=2)
def boom(x):
    calls.append(('boom', x))
    raise ValueError(x)


calls.clear()
attempt('boom', boom, 1)
attempt('boom again', boom, 1)
print(boom.cache_info(), calls)
print(copy.copy(square) is square, copy.deepcopy(square) is square)
attempt('bad maxsize', lru_cache, 'x')
attempt('bad maxsize 2', functools._lru_cache_wrapper, len, 'x', False, None)
attempt('not callable', functools._lru_cache_wrapper, 1, 2, 3, 4)
wrapped = lru_cache(maxsize=4, typed=False)(len)
print(wrapped('abc'), wrapped.cache_info(), wrapped.cache_parameters(), wrapped.__wrapped__ is len)
square.extra = 'x'
print(square.extra, sorted(k for k in vars(square) if not k.startswith('__')))
