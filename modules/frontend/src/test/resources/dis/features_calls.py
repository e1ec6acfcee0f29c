import sys

def f1(x):
    if x:
        return 1
    return 2

def f2(items):
    result = {}
    for k, v in items:
        result.setdefault(k, []).append(v)
    return result

def f3(a, /, b, *, c):
    return a, b, c

def f4():
    try:
        return 1
    finally:
        print("x")

def f5(n):
    for i in range(n):
        try:
            if i == 3:
                break
        finally:
            print(i)
    return i

def f6(x):
    with x as (a, b):
        return a
    return None

def f7(o):
    o.a.b.c = 1
    del o.a, o[0], o[1:2]
    return o.a.b(1)(2)[3]

def f8(*args, **kwargs):
    return f7(*args, 1, *kwargs, k=1, **kwargs)

def f9(x):
    return x is None, x is not None, x in (1, 2), x not in "abc"

def f10(x):
    if x is None:
        return 0
    if not x:
        return 1
    while x and x > 1:
        x -= 1
    return -x

def f11():
    x = 1
    def g():
        return x
    x = 2
    return g

class C:
    def __init__(self):
        self.__private = 1
    def get(self):
        return self.__private

async def coro(a):
    await a
    return 1

def deco(fn):
    return fn

@deco
@deco
def decorated(a: int, b: "str" = "x") -> bool:
    return True

x = [1, 2, 3][1:]
y = (1, 2, 3)
z = {"a": 1, "b": 2}
w = ["a", *y, "b"]
v = -5 ** 2
u = 10 / 4 + 7 // 2 - 3 % 2 + 2 ** -1
t = "a" "b" 'c'
s = not True
r = ~5
q = 1.0, 0.1, 1e16, 1.5e-7, 123456789.123, float("inf")
print(f1(0), f2([(1, 2)]), f3(1, 2, c=3), f4(), f5(5), f9(1), f10(3), f11()(), C().get())
