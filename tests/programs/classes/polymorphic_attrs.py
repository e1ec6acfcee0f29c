# One attribute access site that sees instances of several classes (a base-class method run for its
# subclasses): loads and stores must keep Python's semantics whichever classes come second and third,
# including classes whose attribute is a property, which define __getattr__, __getattribute__ or __setattr__,
# whose instances lack the attribute, and after a class is changed while the site is hot.


class Base:
    def __init__(self, v):
        self.value = v
        self.count = 0

    def read(self):
        return self.value

    def bump(self):
        self.count = self.count + 1
        return self.count


class A(Base):
    pass


class B(Base):
    pass


class C(Base):
    pass


class WithProperty(Base):
    @property
    def value(self):
        return "property"

    @value.setter
    def value(self, v):
        self._stored = v


class WithGetattr(Base):
    def __getattr__(self, name):
        return "getattr:" + name


class WithGetattribute(Base):
    def __getattribute__(self, name):
        if name == "value":
            return "getattribute"
        return object.__getattribute__(self, name)


class WithSetattr(Base):
    def __setattr__(self, name, v):
        object.__setattr__(self, name, v + 1000 if isinstance(v, int) else v)


class Slotted:
    __slots__ = ("value", "count")

    def __init__(self, v):
        self.value = v
        self.count = 0


def read_all(objs, rounds):
    out = []
    for _ in range(rounds):
        for o in objs:
            out.append(Base.read(o))
    return out


def bump_all(objs, rounds):
    for _ in range(rounds):
        for o in objs:
            Base.bump(o)
    return [o.count for o in objs]


def summary(values):
    seen = {}
    for v in values:
        seen[v] = seen.get(v, 0) + 1
    return sorted(seen.items(), key=repr)


print("two classes", summary(read_all([A(1), B(2)], 200)))
print("three classes", summary(read_all([A(1), B(2), C(3)], 200)))
print("property second", summary(read_all([A(1), WithProperty(2)], 200)))
print("property third", summary(read_all([A(1), B(2), WithProperty(3)], 200)))
print("getattribute second", summary(read_all([A(1), WithGetattribute(2)], 200)))
print("bump", bump_all([A(1), B(2)], 300))
print("bump with __setattr__", bump_all([A(1), WithSetattr(2)], 300))
print("bump property class", bump_all([A(1), WithProperty(2)], 300))

# The second class's instance lacks the attribute: __getattr__ answers, or AttributeError.
g = WithGetattr(5)
del g.value
print("getattr fallback", summary(read_all([A(1), g], 200)))
b = B(7)
del b.value
objs = [A(1), B(2)]
read_all(objs, 200)
try:
    Base.read(b)
except AttributeError as e:
    print("missing:", e)

# A slotted object through the same site (not an instance with a __dict__).
print("slotted", read_all([Slotted(9)], 3))


def read_slots(objs, rounds):
    out = []
    for _ in range(rounds):
        for o in objs:
            out.append(o.value)
    return out


print("slots then dict", summary(read_slots([Slotted(1), A(2), Slotted(3), B(4)], 200)))

# A class changed while the site is hot: the second class gains a property.
objs = [A(1), B(2)]
read_all(objs, 200)
B.value = property(lambda self: "late property")
print("after change", summary(read_all(objs, 200)))
del B.value
print("after removal", summary(read_all(objs, 200)))


# Subclass instances whose __dict__ orders attributes differently.
class Reordered(Base):
    def __init__(self, v):
        self.count = 0
        self.extra = 1
        self.value = v


print("reordered", summary(read_all([A(1), Reordered(2)], 200)), bump_all([A(1), Reordered(2)], 100))


# Not called here: tier 1's SpecializationTest calls them on fresh instruction caches.
def probe_load(o):
    return o.value


def probe_store(o, v):
    o.count = v
