# A metaclass that validates and registers classes, and adds methods to them.
class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns):
        if "required" not in ns and bases:
            raise TypeError(f"{name} must define 'required'")
        cls = super().__new__(mcls, name, bases, ns)
        cls.describe = lambda self: f"{type(self).__name__} with {self.required}"
        mcls.classes.append(name)
        return cls

class Root(metaclass=Registry):
    pass

class Good(Root):
    required = "yes"

try:
    class Bad(Root):
        pass
except TypeError as e:
    print("TypeError:", e)
print(Registry.classes, Good().describe())
print(type(Good) is Registry, Good.__class__.__name__, Registry.__mro__[1].__name__)
