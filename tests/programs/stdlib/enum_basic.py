import enum
from enum import *
print(enum.__all__)
class C(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(C), C.D.value, repr(C.A), str(C.A), format(C.A), f'{C.A:>10}|', C(1), C['B'], C.A.name, C.A.value, C.__members__)
print(len(C), 1 in C, C.A in C, 99 in C, list(reversed(C)), C.A is C(1), isinstance(C.A, C), type(C.A), repr(C), str(C), C.__class__, repr(Enum))
print(C.A == C.A, C.A == 1, C.A != C.B, hash(C.A) == hash(C.A), {C.A: 'x'}[C.A], sorted(C, key=lambda m: -m.value)[0], C.A.__class__.__name__)
for expr in ['C(5)', "C['Z']", "setattr(C, 'A', 3)", "delattr(C, 'A')", 'C.A.value.__class__', 'P(8)']:
    try:
        print(expr, eval(expr) if not expr.startswith('P') else None)
    except Exception as e:
        print(expr, type(e).__name__, e)
try:
    class D(Enum):
        A = 1
        A = 2
except TypeError as e:
    print('TypeError', e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print('ValueError', e)
try:
    class Sub(C):
        E = 5
except TypeError as e:
    print('TypeError', e)
class S(StrEnum):
    X = auto()
    Y = 'yy'
print(repr(S.X), str(S.X), format(S.X), S.X == 'x', list(S), S('yy'), S.X.upper(), isinstance(S.X, str), f'{S.Y}!')
try:
    class BadS(StrEnum):
        Q = 1
except TypeError as e:
    print('TypeError', e)
class N(IntEnum):
    ONE = 1
    TWO = 2
print(repr(N.ONE), str(N.ONE), format(N.ONE), f'{N.TWO:>5}', N.ONE + 1, N(2), N.ONE < N.TWO, hash(N.ONE) == hash(1), N.TWO * 3, sorted([N.TWO, N.ONE]), N.ONE == 1, [1, 2, 3][N.ONE])
class P(Flag):
    R = auto()
    W = auto()
    X = auto()
print(repr(P.R | P.W), str(P.R | P.W), repr(P(0)), str(P(0)), repr(~P.R), list(P.R | P.X), len(P.R | P.W), P.R in (P.R | P.W), bool(P(0)), repr(P(7)), format(P.R), P.R.name, (P.R | P.W).name, P(0).name)
print(repr(P.R & P.W), repr((P.R | P.W) & P.W), repr(P.R ^ P.R), repr((P.R | P.W) ^ P.W), list(P), P.R | P.W is P(3), repr(~P(0)), repr(~(P.R | P.W | P.X)))
try:
    P(8)
except ValueError as e:
    print('ValueError', e)
class RW(Flag):
    R = 1
    W = 2
    RW = 3
print(list(RW), repr(RW(3)), RW.__members__, repr(RW.R | RW.W))
class I(IntFlag):
    A = 1
    B = 2
print(repr(I.A | I.B), str(I.A | I.B), repr(I(8)), repr(I(9)), repr(~I.A), format(I.A), I.A + 1, repr(I(0)), repr(I.A | 4), I.A | I.B == 3, isinstance(I.A, int))
class Boundaries(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(repr(Boundaries(7)), FlagBoundary.KEEP, repr(STRICT), list(FlagBoundary))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.mass, Planet.EARTH.value, repr(Planet.MERCURY), round(Planet.EARTH.gravity, 3), Planet((3.303e+23, 2.4397e6)))
class Col(Enum):
    RED = 1
    CRIMSON = 1
print(list(Col), Col.CRIMSON, Col(1), Col.__members__, Col.CRIMSON is Col.RED)
class Miss(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return cls.A if value == 42 else None
print(Miss(42))
try:
    Miss(7)
except ValueError as e:
    print('ValueError', e)
F = Enum('F', 'X Y Z')
print(list(F), repr(F.X), F.__module__)
G = Enum('G', [('a', 5), ('b', 6)])
print(list(G), Enum('H', {'p': 'q'}).p, Enum('K', ['u', 'v'], start=10).v.value, IntEnum('Q', 'a b').b + 1)
class Coord(bytes, Enum):
    X = b'x'
print(repr(Coord.X) if False else Coord.X.value)
class Custom(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    LOW = (1, 'low')
    HIGH = (2, 'high')
print(Custom(2), Custom.LOW.label, Custom.HIGH.value)
class Ordered(Enum):
    _order_ = 'ONE TWO'
    ONE = 1
    TWO = 2
print(list(Ordered))
class Weekday(Enum):
    MON = 1
    TUE = 2
    def next(self):
        return Weekday((self.value % 2) + 1)
    @classmethod
    def first(cls):
        return cls.MON
print(Weekday.MON.next(), Weekday.first(), Weekday.TUE.next())
class WithIgnore(Enum):
    _ignore_ = ['tmp']
    tmp = 5
    A = 1
print(list(WithIgnore))
class Mem(Enum):
    A = 1
    f = member(lambda x: x)
    g = nonmember(3)
print([m.name for m in Mem], Mem.g, Mem.f.value(5))
@verify(UNIQUE)
class V(Enum):
    A = 1
try:
    @verify(CONTINUOUS)
    class V2(IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print('ValueError', e)
import copy
print(copy.copy(C.A) is C.A, copy.deepcopy([C.B])[0] is C.B)
match C.B:
    case C.A:
        print('A')
    case C.B:
        print('matched B')
print(Enum.__members__ if False else '', C.A.__reduce_ex__(2), len(IntFlag.__mro__) > 3)
import json
print(json.dumps([N.ONE, S.X]))
