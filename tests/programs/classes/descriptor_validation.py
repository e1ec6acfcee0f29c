# Reusable validating descriptors with __set_name__, storing values in the instance __dict__.
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__[self.name]
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        obj.__dict__[self.name] = value

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name, self.age = name, age

p = Person("ann", 30)
print(p.name, p.age, vars(p))
for args in [("bob", "x"), (5, 5)]:
    try:
        Person(*args)
    except TypeError as e:
        print("TypeError:", e)
