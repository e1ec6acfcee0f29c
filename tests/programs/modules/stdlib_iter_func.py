import itertools
from itertools import count, cycle, repeat, accumulate, chain, islice, groupby, product, permutations, combinations
from functools import reduce, partial, lru_cache, cache, wraps, cmp_to_key, total_ordering
print(list(islice(count(10, 5), 4)), list(islice(cycle("ab"), 5)), list(repeat(7, 3)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4], max)), list(chain([1], (2, 3), "x")))
print(list(chain.from_iterable([[1, 2], [3]])), list(islice(range(10), 2, 8, 2)))
print([(k, list(g)) for k, g in groupby("aaabccdd")], [(k, len(list(g))) for k, g in groupby([1, 3, 2, 4], key=lambda v: v % 2)])
print(list(product("ab", [1, 2])), list(product([0, 1], repeat=2)), len(list(permutations(range(4)))))
print(list(permutations("abc", 2)), list(combinations(range(4), 2)), list(itertools.combinations_with_replacement("ab", 2)))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")), list(itertools.pairwise([1, 2, 3])), list(itertools.batched(range(7), 3)))
print(list(itertools.takewhile(lambda v: v < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda v: v < 3, [1, 2, 5, 1])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abcd", [1, 0, 1, 0])), list(itertools.filterfalse(None, [0, 1, 0, 2])))
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0))
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
print(square(7), partial(power, 2)(10))
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(200), fib.cache_info())
@cache
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4))
def logged(f):
    @wraps(f)
    def inner(*args):
        return f(*args)
    return inner
@logged
def add(a, b):
    "Add two numbers."
    return a + b
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__.__name__)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
print(Version(1) < Version(2), Version(2) >= Version(1), Version(3) <= Version(2), Version(3) > Version(2))
