# Properties are inherited and can be overridden; a subclass can extend a parent's property.
class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        self._v = x

class Doubled(Base):
    @property
    def v(self):
        return super().v * 2
    @v.setter
    def v(self, x):
        Base.v.fset(self, x + 1)

b, d = Base(), Doubled()
b.v = 5
d.v = 5
print(b.v, d.v, d._v, isinstance(Doubled.v, property))
