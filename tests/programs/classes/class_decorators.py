# Class decorators run after the class body, may modify or replace the class; they stack bottom-up.
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

def tag(label):
    def deco(cls):
        cls.label = label
        print("tagging", cls.__name__, "with", label)
        return cls
    return deco

@tag("outer")
@tag("inner")
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

print(Point(1, "two"), Point.label)

def singleton(cls):
    return cls()

@singleton
class Config:
    value = 42

print(type(Config).__name__, Config.value)
