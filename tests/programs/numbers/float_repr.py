# float repr is the shortest string that round-trips, with CPython's exponent thresholds.
for v in [0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234,
          1.5e300, 5e-324, -0.0, 100.0, 1e22, 1e23, 2 ** 0.5, 3.14159, 1.0, -2.5, float("inf"),
          float("-inf"), float("nan"), 9007199254740993.0, 0.3, 1.1 * 1.1]:
    print(repr(v), str(v))
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3)
