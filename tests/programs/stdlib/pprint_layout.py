# pprint: CPython's line breaking for dicts, lists, tuples, sets, strings, bytes; indent/width/depth/compact
import pprint
import re
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap, UserList, UserDict
from dataclasses import dataclass, field
from types import SimpleNamespace

data = {
    'name': 'tiercel', 'numbers': list(range(30)), 'nested': {'a': [1, 2, {'b': (3, 4, 5)}], 'c': None},
    'tuple1': (1,), 'empty': [], 'set': {3, 1, 2}, 'fs': frozenset({7, 5}), 10: 'ten', 2.5: b'bytes',
    'long string': 'The quick brown fox jumps over the lazy dog. ' * 3,
    'bytes': bytes(range(60)), 'ba': bytearray(b'hello world, this is a bytearray of some length'),
}
for width in (80, 40, 20, 1):
    print(f'--- width={width}')
    print(pprint.pformat(data, width=width))
print(pprint.pformat(data, indent=4, width=50))
print(pprint.pformat(data, depth=1))
print(pprint.pformat(data, depth=2, width=60))
print(pprint.pformat(list(range(60)), compact=True, width=40))
print(pprint.pformat([list(range(8))] * 6, compact=True, width=30))
print(pprint.pformat([['a' * 10] * 3, 'b' * 30, ('c',) * 5], compact=True, width=25))
print(pprint.pformat({'z': 1, 'a': 2, 'm': [3]}, sort_dicts=False, width=10))
print(pprint.pformat({3: 'x', 'a': 1, None: 2, (1, 2): 3}, width=15))
print(pprint.pformat([10 ** 12, 1234567, -9876543210], underscore_numbers=True, width=20))
print(pprint.pformat(10 ** 20, underscore_numbers=True), pprint.pformat(True, underscore_numbers=True))

text = 'line one is here\nline two is a rather longer line that must be wrapped somewhere\n\nend'
for width in (80, 30, 12, 5):
    print(pprint.pformat(text, width=width))
    print(pprint.pformat([text], width=width))
    print(pprint.pformat({'k': text}, width=width))
print(pprint.pformat('nospacesatallinthisverylongstringthatcannotbewrapped' * 2, width=20))
print(pprint.pformat(b'\x00\x01' * 20, width=20))
print(pprint.pformat([b'abcdefghij' * 3], width=18))
print(pprint.pformat(bytearray(b'xyz' * 10), width=25))

print(pprint.pformat(OrderedDict((str(i), i) for i in range(8)), width=40))
dd = defaultdict(list, {'a': [1, 2, 3], 'b': list(range(12))})
print(pprint.pformat(dd, width=30))
print(pprint.pformat(Counter('abracadabra' * 3), width=30))
print(pprint.pformat(deque(range(20)), width=30), pprint.pformat(deque(range(20), maxlen=25), width=30))
print(pprint.pformat(ChainMap({'a': 1, 'b': list(range(10))}, {'c': 3}), width=30))
print(pprint.pformat(UserList(range(25)), width=30), pprint.pformat(UserDict(a=list(range(15))), width=30))
print(pprint.pformat(SimpleNamespace(alpha=list(range(15)), beta='text' * 5), width=30))
print(pprint.pformat([OrderedDict(), defaultdict(int), Counter(), deque(), set(), frozenset()]))


@dataclass
class Point:
    x: int
    y: list = field(default_factory=list)
    hidden: int = field(default=0, repr=False)


print(pprint.pformat(Point(1, list(range(30))), width=40))
print(pprint.pformat([Point(2)], width=10))

recursive = [1, 2]
recursive.append(recursive)
rd = {'self': None}
rd['self'] = rd


def hide_ids(text):
    return re.sub(r'id=\d+', 'id=N', text)


print(hide_ids(pprint.pformat(recursive)), hide_ids(pprint.pformat(rd)), hide_ids(pprint.saferepr(recursive)))
print(pprint.isrecursive(recursive), pprint.isreadable(recursive), pprint.isreadable([1, 'a', (2.5,)]),
      pprint.isreadable(object()), pprint.isrecursive([1]), pprint.saferepr({'b': 1, 'a': [2, 3]}))
printer = pprint.PrettyPrinter(width=20, indent=2)
printer.pprint(list(range(12)))
print(printer.isreadable({'a': 1}), printer.isrecursive({'a': 1}), printer.pformat('x'))
print(printer.format([1, 2], {}, 0, 0))
pprint.pprint({'b': 2, 'a': 1})
pprint.pp({'b': 2, 'a': 1})
pprint.pp(list(range(40)), width=50, compact=True)
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(sorted(pprint.__all__))


class Custom(list):
    def __repr__(self):
        return 'Custom!' * 20


print(pprint.pformat([Custom([1, 2])], width=20))


class SubList(list):
    pass


print(pprint.pformat(SubList(range(30)), width=30))
