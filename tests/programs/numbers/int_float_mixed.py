# Mixed int/float arithmetic promotes to float; huge ints convert or overflow.
print(1 + 2.0, 3 * 1.5, 7 - 0.5, 2 ** 0.5, 10 / 4, 10 // 4.0, 10 % 4.0, -7 // 2.0)
print(float(2**53 + 1), int(1e16), 2**1000 / 2**999, (2**1000) // 3 > 0)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
print(10**400 // 10**399, 1e300 * 1e10, int(float("1e300")) == 10**300)
