import collections
from collections import namedtuple
print(collections.__all__)
Point = namedtuple('Point', 'x y')
p = Point(11, y=22)
print(p, p[0] + p[1], p.x, p._fields, Point.__doc__, Point.__name__, Point.__qualname__, Point.__module__)
print(p._asdict(), p._replace(x=100), Point._make([3, 4]), Point(**{'x': 1, 'y': 2}), tuple(p), len(p))
print(isinstance(p, tuple), p == (11, 22), hash(p) == hash((11, 22)), Point._field_defaults, Point.__match_args__)
print(Point.x.__doc__, Point.__new__.__doc__, Point._make.__doc__, Point._replace.__doc__)
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[5, 6])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3.__new__.__defaults__ is None or True)
R = namedtuple('R', 'abc def ghi abc _x', rename=True)
print(R._fields)
S = namedtuple('S', 'a, b,c')
print(S._fields, S(1, 2, 3))
E = namedtuple('E', '')
print(E(), E._fields, repr(E()))
One = namedtuple('One', 'v')
print(One(1), One.__doc__)
M = namedtuple('M', 'q', module='some.mod')
print(M.__module__)
x, y = p
print(x, y, p.count(11), p.index(22))
import copy
print(copy.copy(p), copy.deepcopy(p), copy.replace(p, y=0))
for expr in ['Point(1)', 'Point(1,2,3)', 'Point(1,x=2)', 'Point(1,z=2)', "namedtuple('P','x y z')()",
             "namedtuple('P','x y z', defaults=[1])(1,2,3,4)", 'Point._make([1])', 'p._replace(z=1)',
             "namedtuple('P','x _y')", "namedtuple('P','x def')", "namedtuple('P','x x')", "namedtuple('P','x 1y')",
             "namedtuple('P','x', defaults=[1,2])", "namedtuple('1P','x')", 'p.__setattr__("x", 3)', "namedtuple('P', 'a b c')(1, 2, 3, 4, 5)",
             "namedtuple('P', 'a')(1, 2)", "namedtuple('P', 'a b', defaults=[1])()"]:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
class Sub(namedtuple('Base', 'a b')):
    __slots__ = ()
    @property
    def total(self): return self.a + self.b
    def __str__(self): return f'Sub<{self.a},{self.b}>'
s = Sub(1, 2)
print(s, repr(s), s.total, s._replace(a=5), type(s._replace(a=5)).__name__)
match p:
    case Point(x, y):
        print('matched', x, y)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
