# Loops that update one float local as `x = x OP value` (the JIT keeps such a local in a register for the whole
# loop and writes it back at every exit): exits of every kind must leave the right value in the local.
import math


def plain(n, step):
    x = 0.0
    for i in range(n):
        x += step
    return x


def from_an_int(n):
    x = 0  # an int on entry: the register copy is made only from a float
    for i in range(n):
        x += 0.25
    return x


def products(n):
    p = 1.0
    q = 1.0
    for i in range(n):
        p *= 1.0001
        q -= 0.5
    return p, q


def with_break(n, limit):
    x = 0.0
    for i in range(n):
        x += 1.5
        if i == limit:
            break
    return x, i


def guarded_value(values):
    x = 0.0
    for v in values:  # a list: the loop's values change type part-way
        x += v
    return x


def value_changes_type(n):
    x = 0.0
    y = 0.5
    for i in range(n):
        x = x + y
        if i == n // 2:
            y = 3  # an int: the float guard on y exits with x up to date
    return x


def read_inside(n):
    x = 1.0
    count = 0
    for i in range(n):
        x *= 1.5
        if x > 1e6:
            count += 1
    return x, count


def while_loop(n):
    x = -0.0
    i = 0
    while i < n:
        x -= 0.0
        i += 1
    return x, math.copysign(1.0, x)


def specials(n):
    a = 0.0
    b = 1.0
    for i in range(n):
        a += 1e308
        b *= -1.0
    return a, b, plain(n, float("nan")), plain(n, -0.0)


def long_run():
    # long enough for the eval breaker's budget to end native runs several times
    return plain(3_000_000, 0.125)


print(plain(1000, 0.5), plain(7, 0.1), plain(0, 1.0))
print(from_an_int(100), from_an_int(1000), from_an_int(0))
print(products(500))
print(with_break(1000, 637), with_break(10, 99))
print(guarded_value([0.5] * 300 + [1] * 5 + [0.25] * 100), guarded_value([1.5] * 400))
print(value_changes_type(600))
print(read_inside(60))
print(while_loop(500))
print(specials(400))
print(long_run())
try:
    guarded_value([0.5] * 200 + ["no"])
except TypeError as e:
    print("TypeError:", e)
