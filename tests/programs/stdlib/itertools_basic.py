import itertools as it
from itertools import *
print([n for n in dir(it) if not n.startswith('_')])
print(list(islice(count(), 5)), list(islice(count(10, -2.5), 4)), list(islice(count(1j, 1), 2)))
print(repr(count()), repr(count(5, 2)), repr(count(1.5)), repr(count(1, 1.0)), repr(count(2, -1)))
c = count(); next(c); print(repr(c))
print(list(islice(cycle('abc'), 8)), list(cycle([])))
print(list(repeat('x', 3)), list(repeat(1, -2)), list(islice(repeat(None), 2)), repr(repeat(3)), repr(repeat('a', 2)))
r = repeat(1, 3); next(r); print(repr(r), r.__length_hint__(), list(map(pow, range(5), repeat(2))))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([])), list(accumulate([], initial=7)), list(accumulate('abc')), list(accumulate([2, 3, 4], lambda a, b: a * b)))
print(list(batched('ABCDEFG', 3)), list(batched([], 2)), list(batched(range(4), 2, strict=True)))
try:
    list(batched('abc', 2, strict=True))
except ValueError as e:
    print('ValueError', e)
print(list(chain('ab', [1, 2], (), range(2))), list(chain.from_iterable(['xy', 'z'])), list(chain()))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('AB', [1, 1, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 3, 8])), list(takewhile(lambda x: x < 5, [1, 4, 6, 3, 8])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
print([k for k, g in groupby('AAAABBBCCDAABBB')], [list(g) for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby(sorted(['apple', 'avocado', 'bean', 'beet', 'corn']), key=lambda w: w[0])])
gb = groupby('aaabbc')
k1, g1 = next(gb); k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2), [(k, list(g)) for k, g in gb])
gb = groupby([1, 1, 2, 2, 2, 3])
k, g = next(gb); print(k, next(g)); k, g = next(gb); print(k, list(g), list(gb)[0][0])
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
print(list(islice('ABCDEFG', None)), list(islice('ABCDEFG', 1, None, 3)), list(islice(range(10), 2, 8, 3)), list(islice('ab', 5, 10)))
src = iter(range(10)); print(list(islice(src, 0, 5, 2)), next(src))
src = iter(range(10)); print(list(islice(src, 0, 6, 2)), next(src))
src = iter(range(10)); print(list(islice(src, 3)), next(src))
src = iter(range(10)); print(list(islice(src, 4, 4)), next(src))
print(list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise([])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
t = tee('xyz', 3); print([list(x) for x in t], tee('a', 0))
a, b = tee(range(3)); c, d = tee(a); print(list(c), list(d), list(b), type(a).__name__)
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest('ab', [1], [True, False, None])), list(zip_longest()))
print(list(product('ab', range(2))), list(product(range(2), repeat=3)), list(product()), list(product('ab', [])))
print(list(product('ab', 'c', repeat=2)), len(list(product(range(3), range(4), range(2)))))
print(list(permutations('ABCD', 2)), list(permutations(range(3))), list(permutations('ab', 3)), list(permutations('abc', 0)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)), list(combinations('ab', 0)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 0)), list(combinations_with_replacement('', 2)), list(combinations_with_replacement('ab', 3)))
print(sum(1 for _ in permutations(range(6))), sum(1 for _ in combinations(range(10), 4)), sum(1 for _ in combinations_with_replacement(range(5), 3)))
bad = ['count("a")', 'count(1, "b")', 'cycle(3)', 'repeat(1, "x")', 'accumulate(3)', 'batched("abc", 0)', 'batched("abc", "x")',
       'list(chain(1))', 'chain.from_iterable(3)', 'list(chain.from_iterable([3]))', 'compress(1, [1])', 'islice("abc", -1)',
       'islice("abc", 1, -1)', 'islice("abc", 0, 3, 0)', 'islice("abc", "a")', 'islice("abc")', 'islice("abc",1,2,3,4)',
       'islice("abc", -1, 2)', 'pairwise(3)', 'starmap(len, 3)', 'list(starmap(len, [3]))', 'tee("abc", -1)', 'tee(3)',
       'zip_longest(1)', 'product(1)', 'product("ab", repeat=-1)', 'permutations("abc", -1)', 'combinations("abc", -1)',
       'combinations_with_replacement("abc", -1)', 'groupby(3)', 'dropwhile(len, 3)', 'takewhile(len, 3)',
       'filterfalse(len, 3)', 'permutations("ab", 1.5)', 'islice("abc", 1.5)']
for expr in bad:
    try:
        eval(expr)
        print(expr, 'OK')
    except Exception as e:
        print(expr, type(e).__name__, e)
print(isinstance(chain(), chain), isinstance(count(), count), type(islice('a', 1)).__name__, type(permutations('a')).__name__)
def gen():
    yield 1
    yield 2
print(list(zip(count(1), 'abc')), dict(zip_longest('ab', count())) if False else None)
