# super() inside classmethods and staticmethod-free helpers, plus super() with __new__.
class Base:
    created = []
    def __new__(cls, *args):
        obj = super().__new__(cls)
        Base.created.append(cls.__name__)
        return obj
    @classmethod
    def kind(cls):
        return "base:" + cls.__name__

class Child(Base):
    def __new__(cls, v):
        obj = super().__new__(cls, v)
        obj.v = v
        return obj
    @classmethod
    def kind(cls):
        return "child+" + super().kind()

c = Child(5)
print(c.v, Base.created, Child.kind(), Base.kind())
