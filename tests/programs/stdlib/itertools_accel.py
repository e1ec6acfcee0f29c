# accumulate, chain, groupby and islice as CPython's C types behave (Tiercel's _itertools accelerator when
# present): laziness, consumption of the source, group invalidation, argument errors, subclasses.
import operator
from itertools import accumulate, chain, groupby, islice


def attempt(label, f, *args, **kwargs):
    try:
        print(label, f(*args, **kwargs))
    except Exception as e:
        print(label, type(e).__name__, e)


print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate('abc')))
print(list(accumulate([1, 2, 3], initial=10)), list(accumulate([], initial=5)), list(accumulate([3, 1, 2], max)))
print(list(accumulate([1, 2], func=lambda a, b: a * b)), list(accumulate([])), list(accumulate(iter([7]))))
attempt('acc mixed', list, accumulate([1, 'a']))
attempt('acc none', accumulate)
attempt('acc many', accumulate, [], 1, 2, 3)
attempt('acc kw', accumulate, [], bad=1)
attempt('acc func twice', accumulate, [], max, func=min)
attempt('acc not iterable', accumulate, 5)

print(list(chain('ab', [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(['xy', [3]])))
gen_calls = []


def sources():
    for i in range(3):
        gen_calls.append(i)
        yield [i] * i


c = chain.from_iterable(sources())
print(next(c), gen_calls, list(c), gen_calls)
bad = chain([1], 5, [2])
print(next(bad))
attempt('chain bad', next, bad)
attempt('chain after bad', next, bad)
attempt('chain kw', chain, a=1)
attempt('from_iterable none', chain.from_iterable)
print(chain[int], type(chain()).__name__, chain.__module__)


def failing():
    yield 1
    raise KeyError('inner')


f = chain(failing(), [2])
print(next(f))
attempt('inner raises', next, f)
attempt('after raise', next, f)

print([(k, list(g)) for k, g in groupby('aaabccdaa')])
print([(k, list(g)) for k, g in groupby([1, 1, 2, 3, 3, 4], key=lambda x: x % 2)])
g = groupby('aabbbc')
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, next(g2), [k for k, _ in g], list(g2))
g = groupby([1, 1, 2])
k, grp = next(g)
print(next(grp), [k for k, _ in g], list(grp))
print(list(groupby([])), [k for k, _ in groupby([1.0, 1, True, 2])], [(k, len(list(v))) for k, v in groupby('xxy', None)])
attempt('groupby none', groupby)
attempt('groupby many', groupby, [], None, 1)
attempt('groupby key raises', list, groupby([1, 2], key=lambda x: 1 / 0))


class Always:
    def __eq__(self, other):
        raise ValueError('no eq')


attempt('groupby eq raises', list, groupby([Always(), Always()]))
print(type(next(groupby('a'))[1]).__name__)

it = iter(range(10))
print(list(islice(it, 5, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 6, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 0)), next(it), list(islice(it, None)), list(islice('abcdefg', 1, None, 2)))
print(list(islice(range(100), 0, 100, 30)), list(islice(range(5), 10)), list(islice(range(20), 3, 15, 4)))
for args in [(), ([],), ([], -1), ([], -5), ([], 1, 2, 0), ([], 'a'), ([], 1, 'a'), ([], 'a', 2), ([], -2, 3),
             ([], 1, 2, 'x'), ([], 1, 2, 3, 4), ([], None, None, None), ([], 2**70)]:
    attempt('islice%r' % (args,), lambda: list(islice(*args)))
attempt('islice kw', islice, [], stop=1)
print(list(islice(accumulate(chain.from_iterable(map(len, v) for v in [['ab', 'c'], ['def']])), 0, None, 2)))


class Tagged(chain):
    def __init__(self, *iterables, tag=''):
        self.tag = tag


t = Tagged('ab', 'c', tag='T')
print(type(t).__name__, t.tag, list(t), type(Tagged.from_iterable(['x'])).__name__, isinstance(t, chain))


class Counting(islice):
    pass


print(list(Counting('abcdef', 1, 5)), type(Counting('a', 1)).__name__)
