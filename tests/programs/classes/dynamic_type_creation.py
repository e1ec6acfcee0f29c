# type(name, bases, dict) creates classes at runtime, with methods and inheritance.
def greet(self):
    return f"hi from {type(self).__name__}"
Base = type("Base", (), {"greet": greet, "x": 1})
Derived = type("Derived", (Base,), {"y": 2, "__repr__": lambda self: "<Derived>"})
d = Derived()
print(d.greet(), d.x, d.y, repr(d), Derived.__mro__[1].__name__, Derived.__name__)
print(type(d) is Derived, isinstance(d, Base), type(Base).__name__, Base.__bases__)
