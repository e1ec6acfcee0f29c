# Comparisons between ints, floats and bools are exact, even for huge values and NaN.
big = 2 ** 53 + 1
print(big == float(big), big > float(2 ** 53), float(big) == 2 ** 53)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 == float("inf"))
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, [nan] == [nan], nan in [nan])
print(True == 1, False == 0.0, True + True, True * 3.5, 1 < 2 < 3, 3 > 2 > 2)
print(max(1, 2.5, True), min(-1, -1.0), sorted([3, 1.5, True, -2, 0.0]))
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15, 1e308 * 10)
