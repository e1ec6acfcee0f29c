# ** and math.pow where C's pow (which CPython follows) and a naive port differ: bases of magnitude 1 with
# infinite or NaN exponents, zero to negative infinity, infinite bases with fractional exponents, ints too large
# for a float, and the same expressions written as constants (which the compiler may fold).
import math

inf, nan = math.inf, math.nan
bases = [1.0, -1.0, 1, -1, True, 0.0, -0.0, 0, inf, -inf, 2.0, 0.5, -2.0, -0.5, nan]
exponents = [inf, -inf, nan, 0.0, -0.0, 0.5, -0.5, 3.0, -3.0, 2.0, 1e-308]


def show(label, f):
    try:
        r = f()
        print(label, "=", repr(r), type(r).__name__)
    except (ValueError, ZeroDivisionError, OverflowError) as e:
        print(label, ":", type(e).__name__, e)


for b in bases:
    for e in exponents:
        show(f"{b!r} ** {e!r}", lambda: b ** e)
        show(f"math.pow({b!r}, {e!r})", lambda: math.pow(b, e))

show("(10**400) ** -1", lambda: (10**400) ** -1)
show("(10**400) ** 0.5", lambda: (10**400) ** 0.5)
show("2 ** -1075", lambda: 2 ** -1075)
show("10.0 ** 400", lambda: 10.0 ** 400)
show("math.pow(10, 400)", lambda: math.pow(10, 400))

# constants
print(1.0 ** 1e400, (-1.0) ** 1e400, (-1.0) ** -1e400, 1.0 ** (1e400 - 1e400), 0.5 ** 1e400, 2.0 ** -1e400)
print(3 ** -2, (-2) ** -3, 2 ** -1074)
try:
    print((10**400) ** -1)
except OverflowError as e:
    print("OverflowError:", e)
