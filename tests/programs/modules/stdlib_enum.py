from enum import Enum, IntEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f"{self.name.lower()}={self.value}"
print(Color.RED, repr(Color.GREEN), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, len(Color))
print(list(Color), [c.describe() for c in Color], Color.RED in Color, type(Color.RED).__name__)
print(Color.RED == Color.RED, Color.RED != Color.GREEN, {Color.RED: "r"}[Color.RED], f"{Color.BLUE}")
try:
    Color(7)
except ValueError as e:
    print(e)
class Prio(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()
print(Prio.HIGH, repr(Prio.MID), Prio.LOW < Prio.HIGH, Prio.HIGH + 1, sorted([Prio.HIGH, Prio.LOW]), Prio(2).name)
print(isinstance(Prio.LOW, int), f"{Prio.MID:>3}", Prio.MID == 2)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.MERCURY.value, list(Color.__members__))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
print(Color.RED.name, Color.RED.value, Color.BLUE.describe())
