# __ne__ defaults to the inverse of __eq__; NotImplemented from both sides falls back to identity.
class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, A) and self.v == o.v
print(A(1) == A(1), A(1) != A(1), A(1) != A(2), A(1) == 1, A(1) != 1)
class B:
    def __eq__(self, o):
        return NotImplemented
b = B()
print(b == b, b == B(), b != B())
