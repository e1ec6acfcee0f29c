# Cooperative multiple inheritance: super() follows the MRO (diamond), zero-arg and two-arg forms.
class A:
    def hello(self):
        return ["A"]

class B(A):
    def hello(self):
        return ["B"] + super().hello()

class C(A):
    def hello(self):
        return ["C"] + super().hello()

class D(B, C):
    def hello(self):
        return ["D"] + super(D, self).hello()

print(D().hello())
print([k.__name__ for k in D.__mro__])
print(super(B, D()).hello())

class Base:
    def __init__(self, **kw):
        print("Base init", kw)

class Left(Base):
    def __init__(self, left=0, **kw):
        print("Left", left)
        super().__init__(**kw)

class Right(Base):
    def __init__(self, right=0, **kw):
        print("Right", right)
        super().__init__(**kw)

class Both(Left, Right):
    pass

Both(left=1, right=2)

class K:
    @classmethod
    def make(cls):
        return cls.__name__

class L(K):
    @classmethod
    def make(cls):
        return "L+" + super().make()

print(L.make())
