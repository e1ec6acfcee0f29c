# float->int truncation, int() of floats near limits, float() of huge ints, and is_integer checks.
for v in [3.7, -3.7, 1e15 + 0.5, 2.0**62, -0.0, 1e20]:
    print(v, int(v), v.is_integer(), float(int(v)) == v)
for bad in [float("inf"), float("-inf"), float("nan")]:
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(float(2**63), float(-(2**63)), int(float(2**63)) == 2**63)
