# classmethods called on instances and subclasses get the right cls; class attributes via cls.
class Shape:
    sides = 0
    registry = []
    @classmethod
    def create(cls):
        obj = cls()
        cls.registry.append(cls.__name__)
        return obj
    @classmethod
    def describe(cls):
        return f"{cls.__name__} has {cls.sides} sides"
class Triangle(Shape):
    sides = 3
class Square(Shape):
    sides = 4
t = Triangle.create()
s = Square().create()
print(type(t).__name__, type(s).__name__, Shape.registry, t.describe(), Square.describe())
