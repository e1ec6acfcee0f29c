# The int operators CPython 3.13 does not specialize (%, //, &, |, ^, >>, <<, /) and + - * on every sign and size,
# each site run often enough to pass its warm-up, in plain and in-place form: results, result types (bool & bool
# stays a bool) and the errors (division by zero, negative shift counts); then floats mixed with ints.
MAX = 2**63 - 1
MIN = -2**63
values = [0, 1, -1, 2, -2, 3, -3, 7, -7, 1000, -1000, MAX, MIN, MAX - 1, MIN + 1, 2**64, -2**64, 10**30, True, False]


def apply(op, a, b):
    if op == "%":
        return a % b
    if op == "//":
        return a // b
    if op == "&":
        return a & b
    if op == "|":
        return a | b
    if op == "^":
        return a ^ b
    if op == ">>":
        return a >> b
    if op == "<<":
        return a << b
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/":
        return a / b
    if op == "**":
        return a ** b


def apply_inplace(op, a, b):
    if op == "%":
        a %= b
    elif op == "//":
        a //= b
    elif op == "&":
        a &= b
    elif op == "|":
        a |= b
    elif op == "^":
        a ^= b
    elif op == ">>":
        a >>= b
    elif op == "+":
        a += b
    elif op == "-":
        a -= b
    elif op == "*":
        a *= b
    elif op == "/":
        a /= b
    elif op == "**":
        a **= b
    return a


def table(fn, op, values=values):
    lines = []
    for a in values:
        for b in values:
            if op in (">>", "<<") and (b > 200 or b < -5):
                continue
            try:
                r = fn(op, a, b)
                lines.append(f"{a!r} {op} {b!r} = {r!r} {type(r).__name__}")
            except (ZeroDivisionError, ValueError, OverflowError) as e:
                lines.append(f"{a!r} {op} {b!r}: {type(e).__name__}: {e}")
    return lines


for op in ["%", "//", "&", "|", "^", ">>", "<<", "+", "-", "*", "/"]:
    plain = table(apply, op)
    for line in plain:
        print(line)
    if op != "<<":
        inplace = table(apply_inplace, op)
        print(op, "in place agrees:", inplace == plain)

floats = [0.0, -0.0, 1.5, -2.25, 0.1, 1e308, -1e308, float("inf"), float("nan"), 0, 3, -7, True,
          2**53, 2**53 + 1, -2**53 - 1, 2**60, 10**400]
for op in ["+", "-", "*", "/"]:
    plain = table(apply, op, floats)
    for line in plain:
        print(line)
    print(op, "in place agrees:", table(apply_inplace, op, floats) == plain)

# ** with a float on either side (a positive finite base has a path of its own): overflow, underflow, complex
# results of a negative base, zero to a negative power, infinities and NaNs.
pow_values = [0.0, -0.0, 0.5, 1.5, -2.25, 0.1, 2.0, 1e308, -1e308, 1e-308, float("inf"), float("-inf"),
              float("nan"), 0, 3, -7, True, 2**53, 10**400]
for fn in (apply, apply_inplace):
    for a in pow_values:
        for b in pow_values:
            if not (isinstance(a, float) or isinstance(b, float)):
                continue
            try:
                r = fn("**", a, b)
                print(f"{a!r} ** {b!r} = {r!r} {type(r).__name__}")
            except (ZeroDivisionError, ValueError, OverflowError) as e:
                print(f"{a!r} ** {b!r}: {type(e).__name__}: {e}")

# A hot loop of each operator over a range, with a zero divisor at the end.
for op in ["%", "//"]:
    total = 0
    try:
        for i in range(1, 3000):
            total += apply(op, i * 7919, 3000 - i - 1)
    except ZeroDivisionError as e:
        print(op, "total before the zero:", total, "-", e)
