# inf and nan arithmetic, comparisons, and the math of signed zeros.
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf, 1 / inf, inf > 10**400, inf == inf)
print(nan + 1, nan * 0, nan == nan, nan is nan, min(1.0, 2.0), max(-0.0, 0.0))
print(-0.0 == 0.0, repr(-0.0), repr(0.0 * -1), repr(-0.0 + 0.0), str(-inf))
print(float("  -Infinity "), float("nAn"), 1e308 * 10, -1e308 * 10, 5e-324 / 2)
