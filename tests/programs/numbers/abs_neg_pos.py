# Unary minus, plus and abs() for ints, floats, bools and big ints.
for v in [5, -5, 0, True, False, 2.5, -0.0, 10**30, -(10**30)]:
    print(repr(v), -v, +v, abs(v))
