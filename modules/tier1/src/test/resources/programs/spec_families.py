# Functions with one instruction of each specializable family, for SpecializationFamiliesTest: it calls them from
# Java with operands of one type (the instruction specializes), then of another (it de-specializes).
def add(a, b):
    return a + b


def less(a, b):
    return a < b


def truth(a):
    return 1 if a else 0


def getx(o):
    return o.x


def method(o):
    return o.get()


def upper(o):
    return o.upper()


def setx(o, v):
    o.x = v


def item(c, k):
    return c[k]


def setitem(c, k, v):
    c[k] = v


def has(k, c):
    return k in c


def count(it):
    n = 0
    for _ in it:
        n += 1
    return n


def pair(s):
    a, b = s
    return a


G = 1


def glob():
    return G


def call1(f, x):
    return f(x)


def relay(g):
    return (yield from g)


def gen(n):
    for i in range(n):
        yield i
    return n


def drain(g):
    return list(relay(g))


def pyf(x):
    return x


def pyf2(x, y=2):
    return x + y


class P:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


class Q:
    __slots__ = ('x',)

    def __init__(self, x):
        self.x = x

    def get(self):
        return -self.x


class SuperBase:
    def get(self):
        return 1

    kind = "base"


class SuperUser(SuperBase):
    def get(self):
        return super().get() + 1

    def kind_of(self):
        return super().kind


class Prop:
    @property
    def x(self):
        return 7


class K:
    x = 5


class Box:
    def __getitem__(self, i):
        return i + 1


def super_get(o):
    return o.get()


print(super_get(SuperUser()), SuperUser().kind_of(), Box()[1], getx(Prop()), getx(K))
print(add(1, 2), less(1, 2), truth([]), getx(P(4)), method(Q(5)), item((1, 2), 1), has(1, {1}), count(range(3)),
      pair((7, 8)), glob(), call1(len, 'abc'), drain(gen(2)))
