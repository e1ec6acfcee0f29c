# ** and pow(): int results, negative exponents give floats, modular pow, zero to negative powers.
print(2 ** 10, 2 ** -1, (-2) ** 3, (-2) ** -2, 0 ** 0, 2.0 ** 3, 4 ** 0.5, 10 ** -3)
print(pow(3, 4), pow(3, 4, 5), pow(-3, 3, 7), pow(2, -1, 5), pow(7, 0, 1))
for args in [(0, -1), (0.0, -1), (2, -1, 4), (2, 3, 0), (2.0, 3, 5)]:
    try:
        print(pow(*args))
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(args, type(e).__name__ + ":", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError:", e)
print(2 ** 0.5 * 2 ** 0.5, (-8) ** (1 / 3) == (-8) ** (1 / 3))
