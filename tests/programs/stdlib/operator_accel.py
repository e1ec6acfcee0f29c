# operator.itemgetter, attrgetter and methodcaller as CPython's C types behave (the _operator accelerator when
# present): single and multiple items, dotted attributes, keyword arguments, repr, __reduce__, errors.
import copy
from operator import attrgetter, itemgetter, methodcaller
from types import SimpleNamespace


def attempt(label, f, *args, **kwargs):
    try:
        print(label, f(*args, **kwargs))
    except Exception as e:
        print(label, type(e).__name__, e)


rows = [(3, 'c', 9.5), (1, 'a', 2.0), (2, 'b', 7.25)]
print(sorted(rows, key=itemgetter(0)), sorted(rows, key=itemgetter(2, 1), reverse=True))
print(itemgetter(-1)([1, 2, 3]), itemgetter(slice(1, None))('hello'), itemgetter('k', 'j')({'k': 1, 'j': 2}))
print(itemgetter(0)('xyz'), itemgetter(1)(range(5)), list(map(itemgetter(1), rows)))
ns = SimpleNamespace(name=SimpleNamespace(first='Ada', last='L'), age=36)
print(attrgetter('age')(ns), attrgetter('name.first', 'name.last', 'age')(ns), attrgetter('real', 'imag')(3 + 4j))
print(methodcaller('upper')('abc'), methodcaller('split', ',', 1)('a,b,c'), methodcaller('format', 1, x=2)('{} {x}'))
print(methodcaller('replace', 'a', 'o', 1)('banana'), methodcaller('count', 'a')('banana'))
print(repr(itemgetter(1, 'a')), repr(attrgetter('a', 'b.c')), repr(methodcaller('f', 1, k=2)))
print(itemgetter(1).__reduce__(), attrgetter('a.b', 'c').__reduce__(), methodcaller('f', 1).__reduce__())
print(repr(methodcaller('f', 1, k=2).__reduce__()[0])[:50], methodcaller('f', 1, k=2).__reduce__()[1])
c = copy.copy(itemgetter(2))
d = copy.deepcopy(methodcaller('format', 5, x='y'))
print(c([1, 2, 3]), d('{}{x}'), copy.copy(attrgetter('age'))(ns))
attempt('ig none', itemgetter)
attempt('ig call none', itemgetter(1))
attempt('ig call two', itemgetter(1), [1], [2])
attempt('ig kw', itemgetter, a=1)
attempt('ig call kw', itemgetter(1), obj=[1, 2])
attempt('ig range', itemgetter(5), [1])
attempt('ig key', itemgetter('z'), {})
attempt('ag int', attrgetter, 1)
attempt('ag mixed', attrgetter, 'a', 2)
attempt('ag none', attrgetter)
attempt('ag missing', attrgetter('a'), 1)
class Thing:
    val = 5

    def act(self, x):
        return x


attempt('ag empty part', attrgetter('val..b'), Thing())
attempt('mc none', methodcaller)
attempt('mc int', methodcaller, 1)
attempt('mc missing', methodcaller('x'), 1)
attempt('mc bad args', methodcaller('act', 1, 2), Thing())
print(type(itemgetter(1)).__name__, itemgetter(1) == itemgetter(1), type(attrgetter('a')).__module__)
