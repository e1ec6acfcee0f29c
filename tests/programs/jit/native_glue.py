# What native traces must give back exactly: object identity of values the loop did not change, cached small
# ints, bool singletons, None, float signs and NaN, ints that outgrow 64 bits, a range iterator shared with a
# variable, types that change mid-loop, and a loop long enough to pass the eval breaker many times.

def identity(n):
    big = 10 ** 15 + 7
    alias = big
    small = 100
    acc = 0
    for i in range(n):
        if big > acc:
            acc += 1
        x = i - i + 100
    return big is alias, x is small, acc


def signs(n):
    x = 0.0
    z = -0.0
    y = float('nan')
    for i in range(n):
        x = x * -1.0
        z = z + 0.0
        y = y * 2.0
    return repr(x), repr(z), y != y, repr(-x)


def flags(n):
    flag = True
    none = None
    count = 0
    for i in range(n):
        flag = not flag
        if not none:
            count += 1
    return flag is (n % 2 == 0), none is None, count


def overflow(n):
    x = 2 ** 61
    for i in range(n):
        x = x + x
    return x, x.bit_length()


def shared_iterator():
    it = iter(range(20))
    s = 0
    for v in it:
        s += v
        if v == 7:
            break
    return s, next(it), list(it)


def changing(n):
    x = 0
    for i in range(n):
        if i == n // 2:
            x = 0.5
        x = x + i
    return x, type(x).__name__


def long_loop(n):
    x = 0
    i = 0
    while i < n:
        x += i * 2
        i += 1
    return x


def nested(n):
    total = 0
    for a in range(n):
        for b in range(a):
            total += a * b - 3
    return total


print(identity(50))
print(signs(5), signs(6))
print(flags(7), flags(8))
print(overflow(10))
print(shared_iterator())
print(changing(10))
print(long_loop(1_000_000))
print(nested(60))
