class Animal:
    kind = "animal"
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

    @classmethod
    def create(cls, name):
        return cls(name)

    @staticmethod
    def helper(x):
        return x * 2

    @property
    def upper(self):
        return self.name.upper()


class Dog(Animal):
    kind = "dog"

    def speak(self):
        return super().speak() + " (woof)"


d = Dog("rex")
a = Animal.create("gen")
print(d, a, d.speak(), a.speak(), d.kind, a.kind, Animal.count, Dog.helper(4), d.upper)
print(isinstance(d, Animal), isinstance(a, Dog), issubclass(Dog, Animal), type(d) is Dog, type(d).__name__)
print([c.__name__ for c in Dog.__mro__], Dog.__bases__[0].__name__)


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iter__(self):
        yield self.x
        yield self.y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __bool__(self):
        return bool(self.x or self.y)


v = Vec(1, 2)
print(v + Vec(3, 4), v * 3, 2 * v, v == Vec(1, 2), v != Vec(1, 2), len(v), v[1], list(v), bool(Vec(0, 0)))
print(sorted([Vec(2, 1), Vec(1, 5), Vec(1, 2)]), {Vec(1, 1), Vec(1, 1)}, max(Vec(0, 1), Vec(3, 0)))
try:
    v.z = 3
except AttributeError as e:
    print("AttributeError:", e)


class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        self._c = v

    def __str__(self):
        return f"{self._c}C"

    def __getattr__(self, name):
        return f"<{name}>"


t = Temp()
t.celsius = 25
print(t.celsius, str(t), t.missing, getattr(t, "other"), hasattr(t, "_c"), vars(t))


class Base:
    def __init__(self):
        self.log = ["base"]


class Mixin:
    def hello(self):
        return "mixin"


class Multi(Base, Mixin):
    def __init__(self):
        super().__init__()
        self.log.append("multi")


m = Multi()
print(m.log, m.hello(), [k.__name__ for k in Multi.__mro__])
print(Animal.__name__, Animal.__qualname__, Dog.speak.__qualname__, Animal.__module__)


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n

    def __contains__(self, x):
        return x == 42

    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None)
        return True


cnt = Counter()
cnt(); cnt()
print(cnt(), 42 in cnt, 1 in cnt)
with cnt as cc:
    print("inside", cc.n)
with cnt:
    raise ValueError("suppressed")
print("after with")
o = object()
print(type(o).__name__, o == o, type(3), type("s"), type(None).__name__, int, str)
