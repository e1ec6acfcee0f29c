# Metaclasses: __new__ and __init__ of the metaclass, __call__ controlling instantiation, __prepare__.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("meta new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("meta init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print("meta call", cls.__name__, args)
        return super().__call__(*args)

class Base(metaclass=Meta):
    def __init__(self, v=0):
        self.v = v

class Child(Base):
    extra = True

c = Child(7)
print(c.v, c.injected, type(Child).__name__, isinstance(Child, Meta))
