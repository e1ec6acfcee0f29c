# repr(float) round-trips exactly: float(repr(x)) == x for awkward values.
values = [0.1, 1 / 3, 2 ** -1074, 1.7976931348623157e308, 123456.789e-300, 4.35, 0.3 - 0.1]
print([float(repr(v)) == v for v in values], [repr(v) for v in values[3:]])
print(repr(1e-7), repr(1.5e-5), repr(123e18), repr(1234567890123456789.0), repr(-1e-310))
