# Bound methods: created by calling types.MethodType, equal when bound to the same object with the same
# function (identity of __self__, whatever __eq__ the object defines), hashable consistently.
import types


class A:
    def f(self):
        return ("f", self.n)

    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return True

    __hash__ = object.__hash__


a, b = A(1), A(2)
print(a.f == a.f, a.f is a.f, a.f == b.f, a.f != b.f, hash(a.f) == hash(a.f), a.f != a.f)
m = types.MethodType(A.f, a)
print(m(), m == a.f, m.__self__ is a, m.__func__ is A.f, type(m).__name__, type(m) is types.MethodType)
print({a.f: 1}[a.f], len({a.f, a.f, b.f}))
bound_len = types.MethodType(len, "abcd")
print(bound_len())
for bad in ((1, 2), (len,), (len, None)):
    try:
        types.MethodType(*bad)
    except TypeError as e:
        print("TypeError:", e)


class B:
    pass


B.g = types.MethodType(lambda self: ("g", self), 5)
print(B.g(), B().g())
obj = B()
obj.h = types.MethodType(lambda self, x: (type(self).__name__, x), obj)
print(obj.h(3))
print([1].append == [1].append, A.f == A.f, a.f.__func__ is b.f.__func__)
