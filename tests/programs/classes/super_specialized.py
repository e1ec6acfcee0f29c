# super().name in hot code (LOAD_SUPER_ATTR_ATTR / _METHOD): every kind of attribute super finds, through
# enough iterations to specialize, then the cases that must leave the specialized form.
class Base:
    tag = "base-tag"

    def __init__(self, x):
        self.x = x

    def value(self):
        return self.x

    @property
    def prop(self):
        return self.x * 10

    @classmethod
    def make(cls, x):
        return cls(x)

    @staticmethod
    def helper(a):
        return a + 1


class Left(Base):
    def value(self):
        return super().value() + 1


class Right(Base):
    def value(self):
        return super().value() * 2


class Child(Left, Right):
    def value(self):
        return super().value() + 100

    def parts(self):
        return (super().tag, super().prop, super().helper(self.x), super().make(7).x,
                super().value, super(Left, self).value())

    @classmethod
    def make(cls, x):
        obj = super().make(x + 1)
        return obj


c = Child(3)
total = 0
for i in range(200):
    total += c.value()
print(total, Child.__mro__[1:3])
for i in range(60):
    parts = c.parts()
print(parts[:4], parts[4].__name__, parts[4].__self__ is c, parts[5])
print(type(Child.make(1)).__name__, Child.make(1).x)


class Missing(Base):
    def get(self):
        return super().nothing


m = Missing(1)
for i in range(70):
    try:
        m.get()
    except AttributeError as e:
        err = e
print("AttributeError:", err)


class Shadow(Base):
    def value(self):
        return str(super().value()) + "!"


s = Shadow(10)
for i in range(70):
    s.value()


def fake_super():
    class Proxy:
        def value(self):
            return "from fake super"
    return Proxy()


super_saved = super
super = fake_super
try:
    print("shadowed:", s.value())
finally:
    super = super_saved
print("restored:", s.value())


class NotAnInstance(Base):
    def value(self, other):
        return super(NotAnInstance, other).value()


n = NotAnInstance(2)
for i in range(70):
    n.value(n)
try:
    n.value(42)
except TypeError as e:
    print("TypeError:", e)


class A:
    pass


for args in [(A, 42), (A, int), (42, A())]:
    try:
        super(*args)
    except TypeError as e:
        print("TypeError:", e)
