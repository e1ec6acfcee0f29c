# The generic BINARY_OP in hot loops (operators CPython 3.13 does not specialize: / // % & | ^ << >>, and
# + - * on mixed int and float): the native forms compute ints, bools and floats themselves and hand back
# to tier 1 at zero divisors, int64 overflow, big ints, float // and %, shift counts out of range and other
# types. Every loop runs long enough to be traced; each result is what CPython computes.

def mixed(n):
    s = 0.0
    k = 0
    for i in range(n):
        t = i * 0.001            # int * float
        s += t * t - 3 * t + 1   # float - int * float + int
        k += i * 3 % 7           # int % int
        k -= i // 9 - (i & 5)    # // and &
    return round(s, 6), k


def floor_signs(n):
    out = []
    for i in range(n):
        a = i - n // 2
        out.append((a // 7, a % 7, a // -7, a % -7, (a ^ 3) | 8, a & -4))
    return out[:3], out[-3:], sum(q for q, _, _, _, _, _ in out), sum(r for _, r, _, _, _, _ in out)


def true_division(n):
    acc = 0.0
    big = 2 ** 53 + 1
    edge = 2 ** 53
    res = []
    for i in range(1, n):
        acc += i / 7
        acc += 7 / i
        acc += 1.5 / i
        if i == n - 1:
            res.append(big / 3)      # not exact in a double: tier 1 computes it
            res.append(edge / 3)
            res.append(-edge / 3)
    return acc, res


def shifts(n):
    out = 0
    x = 1
    for i in range(n):
        c = i % 70
        out ^= (x << (c % 62)) >> (c % 7)
        out += (-12345 >> c) + (12345 >> c)
        if c == 69:
            out += (1 << c) >> 60   # past int64: a big int for a moment
    return out


def bools(n):
    t = True
    f = False
    count = 0
    flips = []
    for i in range(n):
        b = (i % 2 == 0)
        r = b & t | f ^ b
        count += r + (b << 2) + b * 3 - b // 1 + b % 2
        if i < 4:
            flips.append((r, type(r).__name__, b + b, type(b ^ t).__name__, type(b & 1).__name__))
    return count, flips


def overflow(n):
    x = 3
    y = -1
    for i in range(n):
        x = x * 3 % 1000003 + (x // 2)
        y = y * 2 if i < 70 else y // 2   # through int64 and back
    return x, y


def min_int(n):
    m = -2 ** 63
    r = []
    for i in range(n):
        if i == n - 1:
            r.append(m // -1)
            r.append(m % -1)
            r.append(m // 1)
            r.append(m - 1)
            r.append(-m)
    return r


def zero_divisors(n):
    caught = []
    for i in range(n):
        d = i % 500
        for op in range(3):
            try:
                if op == 0:
                    v = 10 // d
                elif op == 1:
                    v = 10 % d
                else:
                    v = 10.0 / d
            except ZeroDivisionError as e:
                if len(caught) < 6:
                    caught.append((i, str(e)))
    return caught


def float_floor_and_mod(n):
    acc = 0.0
    for i in range(n):
        x = i * 0.75 - 100
        acc += x // 3 + x % 3 + x % -2.5 + i // 2.0
    return acc


def types_change(n):
    v = 1
    res = []
    for i in range(n):
        if i == n // 2:
            v = 2.5
        if i == n - 10:
            v = 'ab'
        try:
            w = v * 2 % 7 if not isinstance(v, str) else v * 2
            res.append(w)
        except TypeError as e:
            res.append(str(e))
    return res[:2], res[n // 2: n // 2 + 2], res[-2:]


def negative_shift(n):
    c = 5
    r = 0
    for i in range(n):
        if i == n - 1:
            c = -1
        try:
            r += 1 << c
        except ValueError as e:
            return r, str(e)


def inf_nan(n):
    a = float('inf')
    b = float('nan')
    z = -0.0
    r = []
    for i in range(n):
        x = a / (i + 1)
        y = b * i
        w = z / 3
        q = 1 / (i + 1.0)
    r.append((x, y != y, repr(w), q))
    r.append(repr(0 * -1.5))
    return r


print(mixed(30000))
print(floor_signs(3000))
print(true_division(3000))
print(shifts(5000))
print(bools(3000))
print(overflow(3000))
print(min_int(3000))
print(zero_divisors(3000))
print(float_floor_and_mod(3000))
print(types_change(3000))
print(negative_shift(3000))
print(inf_nan(3000))
