# Cls.name in hot code (LOAD_ATTR_CLASS caches the value while no class changes), then what must leave it:
# reassignment, a subclass, class and static methods, descriptors, metaclass attributes.
class Config:
    limit = 10
    name = "cfg"

    def method(self):
        return "m"

    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def util():
        return "u"

    @property
    def prop(self):
        return 1


class Child(Config):
    limit = 20


def limit(c):
    return c.limit


for _ in range(100):
    x = limit(Config)
print(x, limit(Child), limit(Config()))
Config.limit = 11
print("after assignment:", limit(Config), limit(Child))
del Child.limit
print("after del:", limit(Child))


def attrs(c):
    return c.name, c.method.__name__, c.make(), c.util(), type(c.prop).__name__, c.__name__, c.__doc__


for _ in range(100):
    a = attrs(Config)
print(a, attrs(Child))


class Meta(type):
    greeting = "from the metaclass"


class WithMeta(metaclass=Meta):
    pass


def greet(c):
    return c.greeting


for _ in range(100):
    gr = greet(WithMeta)
print(gr)
Meta.greeting = "changed"
print(greet(WithMeta))
