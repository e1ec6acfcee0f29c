# Instances of int subclasses keep their class; operators use the class's own special methods when it defines
# them, otherwise int's, which return plain ints (as CPython's inherited slots do).
class Positive(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))

p = Positive(-5)
print(p, type(p).__name__, p + 1, type(p + 1).__name__, type(p) is Positive, isinstance(p, int))


class I(int):
    def __repr__(self):
        return f"I({int(self)})"

    def __add__(self, other):
        return I(int(self) + int(other))


a = I(3)
print(a, repr(a), str(a), f"{a}", f"{a:5d}|", f"{a!r}", "%d %s %r" % (a, a, a))
print(a + 1, 1 + a, type(1 + a).__name__, a * 2, type(a * 2).__name__, a + a)
print(-a, type(-a).__name__, abs(I(-2)), ~a, +a, type(+a).__name__)
print(int(a), type(int(a)).__name__, float(a), a.bit_length(), a.real, type(a.real).__name__)
print(sorted([I(3), I(1), 2]), max(I(1), I(5)), sum([I(1), I(2)]), type(sum([I(1), I(2)])).__name__)
print(a == 3, 3 == a, a < 4, hash(a) == hash(3), {3: 'x'}[a], {a: 1}[3], [10, 20, 30, 40][a])

a.tag = 'T'
print(a.tag, a.__dict__, vars(a))


class J(int):
    pass


j = J(7)
print(j + 1.5, type(j // 2).__name__, divmod(j, 2), j ** 2, pow(j, 2, 5), j << 1, j & 3, j / 2, j % 4)
print(J("12"), J("ff", 16), J(3.9), J(), type(J()).__name__, J(True), type(J(j)).__name__)
print(format(j, "x"), "{:>4}".format(j), str(j), repr(j), int.__repr__(j), j.__index__(), type(round(j)).__name__)
try:
    j + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    j < "x"
except TypeError as e:
    print("TypeError:", e)


class Slotted(int):
    __slots__ = ()


try:
    Slotted(1).x = 1
except AttributeError as e:
    print("AttributeError:", e)


class Falsy(int):
    def __bool__(self):
        return False


print(bool(Falsy(5)), not Falsy(5), "yes" if Falsy(5) else "no")


class AlwaysLess(int):
    def __lt__(self, other):
        return True

    def __gt__(self, other):
        return True


print(AlwaysLess(5) < 1, 1 > AlwaysLess(5), AlwaysLess(5) > 1, AlwaysLess(5) <= 1)


class RAdd(int):
    def __radd__(self, other):
        return "radd"


print(1 + RAdd(2), RAdd(2) + 1, 1.5 + RAdd(2))


class Hashy(int):
    def __eq__(self, other):
        return int(self) % 10 == int(other) % 10

    def __hash__(self):
        return int(self) % 10


d = {Hashy(13): 'a'}
print(d[Hashy(3)], Hashy(13) == 23, Hashy(13) != 23, 3 in d)


class NoHash(int):
    def __eq__(self, other):
        return True


try:
    hash(NoHash(1))
except TypeError as e:
    print("TypeError:", e)


class Cooperative(int):
    def __add__(self, other):
        return Cooperative(super().__add__(other))

    def __neg__(self):
        return "neg"


c = Cooperative(2)
print(c + 3, type(c + 3).__name__, -c, int.__add__(c, 1.5), int.__add__(c, 1), int.__mul__(c, "x"))
print(True + J(1), type(J(1) & True).__name__, J(1) == True, max(J(2), 3.5))
for k in (J(0), J(1)):
    print(bool(k), k or "zero")
x = J(10)
x += 1
print(x, type(x).__name__)
