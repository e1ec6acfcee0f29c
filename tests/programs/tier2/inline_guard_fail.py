# A guard inside an inlined callee fails when the types change on the 1000th iteration: tier 1 resumes in the
# callee's frame at that instruction and returns to the caller correctly.


def scale(x, k):
    return x * k + 1


def get(o):
    return o.value


class A:
    def __init__(self, v):
        self.value = v


class B:
    __slots__ = ("value",)

    def __init__(self, v):
        self.value = v


def loop(n):
    t = 0
    for i in range(n):
        x = i if i < 1000 else i + 0.5
        t += scale(x, 2)
    return t


def attrs(n):
    t = 0
    objs = [A(i) for i in range(1000)] + [B(i) for i in range(n - 1000)]
    for o in objs:
        t += get(o)
    return t


def fails(n):
    t = 0
    for i in range(n):
        t += scale(i, 3 if i < 1000 else None)
    return t


print(loop(3000))
print(attrs(2500))
try:
    fails(2000)
except TypeError as e:
    print("TypeError:", e)
