# Loops calling small Python functions and methods: tier 2 inlines these calls (_PUSH_FRAME/_POP_FRAME).
import sys


def square(x):
    return x * x


def nothing(x):
    pass


def add3(a, b, c):
    return a + b + c


def outer(x):
    return inner(x) + 1


def inner(x):
    return middle(x) * 2


def middle(x):
    return deepest(x) - 1


def deepest(x):
    return leaf(x) + leaf2(x)


def leaf(x):
    return x + 1


def leaf2(x):
    return core(x)


def core(x):
    return x


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def scaled(self, k):
        return Point(self.x * k, self.y * k)

    def where(self):
        f = sys._getframe()
        return f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_lineno


def calls(n):
    t = 0
    for i in range(n):
        t += square(i) + add3(i, 1, 2)
        nothing(i)
    return t


def methods(n):
    p = Point(1, -2)
    m = p.norm1          # a bound method object: CALL_BOUND_METHOD_EXACT_ARGS
    t = 0
    for i in range(n):
        t += p.norm1() + m() + p.scaled(i).x
    return t


def deep(n):
    t = 0
    for i in range(n):
        t += outer(i)    # seven frames deep: the trace inlines a bounded number of them
    return t


def frames(n):
    seen = set()
    for i in range(n):
        seen.add(Point(i, i).where())
    return sorted(seen)


print(calls(2000), calls(3))
print(methods(2000), methods(1))
print(deep(2000), deep(2))
print(frames(300))
