# staticmethod and classmethod: calling through the class and instances, alternate constructors.
class Temperature:
    scale = "C"
    def __init__(self, degrees):
        self.degrees = degrees
    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @staticmethod
    def valid(d):
        return d > -273.15
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"

class Kelvin(Temperature):
    scale = "K"

t = Temperature.from_fahrenheit(212)
k = Kelvin.from_fahrenheit(32)
print(t.degrees, type(k).__name__, k.degrees, Temperature.valid(-300), t.valid(20))
print(Temperature.describe(), Kelvin.describe(), k.describe())
print(type(Temperature.__dict__["valid"]).__name__, type(Temperature.__dict__["describe"]).__name__)
sm = staticmethod(len)
print(sm("abc") if callable(sm) else "not callable in this version")
