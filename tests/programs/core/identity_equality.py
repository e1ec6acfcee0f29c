# is vs ==: small int caching is an implementation detail, but None/True/False and same objects are identical.
a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is a, None is None, True is (1 == 1))
x = "hello"
y = "".join(["hel", "lo"])
print(x == y, type(x) is type(y), id(a) == id(a), id(a) != id(b))
class Eq:
    def __eq__(self, o):
        return True
e = Eq()
print(e == 1, [e] == [2], e in [3], e != 3)
