from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, Enum, IntEnum, StrEnum, unique, verify, NAMED_FLAGS
class Perm(Flag):
    X = 4
    W = 2
    R = 1
print(repr(Perm.R | Perm.X), str(Perm.W | Perm.X), list(Perm), list(Perm.R | Perm.W | Perm.X), repr(~Perm.W))
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Color), repr(Color.WHITE), repr(Color.RED | Color.GREEN), Color.WHITE.name, len(Color.WHITE), Color.RED in Color.WHITE)
print(repr(Color(0)), bool(Color(0)), repr(Color.RED & Color.BLUE), [m.name for m in Color.WHITE])
class Conf(Flag, boundary=CONFORM):
    A = 1
    B = 2
class Ej(Flag, boundary=EJECT):
    A = 1
    B = 2
class Kp(Flag, boundary=KEEP):
    A = 1
    B = 2
print(repr(Conf(7)), Ej(7), type(Ej(7)).__name__, repr(Ej(3)), repr(Kp(7)), repr(~Kp.A))
try:
    Perm(8)
except ValueError as e:
    print('ValueError', str(e).splitlines()[0])
class Open(IntFlag):
    RO = 0
    WO = 1
    RW = 2
    AC = 3
    CE = 1 << 19
print(repr(Open.RO), repr(Open.WO | Open.CE), Open.AC & 3, repr(Open(524291)), Open.CE > 1, int(Open.RW | Open.WO), str(Open.RW), f'{Open.CE:x}')
print(repr(Open(1 << 25)), repr(Open.WO | 16), repr(16 | Open.WO), repr(~Open.CE)[:12])
class Shape(IntEnum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(list(Shape), Shape.ALIAS_FOR_SQUARE, Shape(2), Shape['ALIAS_FOR_SQUARE'], sorted(Shape), Shape.CIRCLE.bit_length())
class Ordinal(StrEnum):
    NORTH = auto()
    SOUTH = 'south'
print(Ordinal.NORTH + '!', Ordinal('south'), Ordinal.NORTH.upper(), ' '.join(Ordinal), Ordinal.NORTH in ['north'])
class Animal(Enum):
    ANT = 1, 'small'
    BEE = 2, 'buzzy'
    def __init__(self, number, desc):
        self.number = number
        self.desc = desc
    def describe(self):
        return f'{self.name.lower()} #{self.number} is {self.desc}'
print([a.describe() for a in Animal], Animal((2, 'buzzy')), Animal.ANT.value)
class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'
    @classmethod
    def _missing_(cls, value):
        for member in cls:
            if member.value == str(value).lower():
                return member
        return None
print(Status('ACTIVE'), Status('Inactive'))
try:
    Status('x')
except ValueError as e:
    print('ValueError', e)
Http = IntEnum('Http', [('OK', 200), ('NOT_FOUND', 404)])
print(Http(404), Http.OK == 200, repr(Http.NOT_FOUND), Http.__members__.keys())
class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title()
    ONE = auto()
    TWO = auto()
print(list(Auto), Auto.ONE.value)
try:
    @verify(NAMED_FLAGS)
    class Bad(Flag):
        A = 1
        B = 2
        C = 7
except ValueError as e:
    print('ValueError', e)
