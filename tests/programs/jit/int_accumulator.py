# Loops that update one int local as `x = x OP value` (the JIT keeps such a local in a register for the whole loop
# and writes it back at every exit): exits of every kind must leave the right value in the local, and an update
# that overflows int64 must go on in Python's unbounded ints.


def plain(n):
    x = 0
    for i in range(n):
        x += i
    return x


def from_a_float(n):
    x = 0.5  # a float on entry: the register copy is made only from an int
    for i in range(n):
        x += i
    return x


def overflows(n):
    x = 2**62
    for i in range(n):
        x += 2**61  # passes 2**63 after two iterations, then keeps growing as a big int
    return x


def overflows_down(n):
    x = -(2**62)
    for i in range(n):
        x -= 2**61
    return x


def multiplies(n):
    p = 1
    for i in range(n):
        p *= 3  # past int64 at 3**40
    return p


def with_break(n, limit):
    x = 0
    for i in range(n):
        x += 7
        if i == limit:
            break
    return x, i


def value_changes_type(n):
    x = 0
    y = 2
    for i in range(n):
        x = x + y
        if i == n // 2:
            y = 0.5  # a float: the int guard on y exits with x up to date
    return x


def guarded_value(values):
    x = 0
    for v in values:
        x += v
    return x


def read_inside(n):
    x = 1
    count = 0
    for i in range(n):
        x *= 3
        if x % 7 == 1:  # a read of x between its updates
            count += 1
    return x, count


def two_candidates(n):
    a = 0
    b = 0
    for i in range(n):
        a += i
        b -= i
    return a, b


def bools(n):
    x = 0
    for i in range(n):
        x += True  # an int subclass: BINARY_OP_ADD_INT does not take bools, nor does the accumulator
    return x


def negative_step(n):
    x = 10
    for i in range(n, 0, -3):
        x -= i
    return x


def nested(n):
    total = 0
    for i in range(n):
        inner = 0
        for j in range(50):
            inner += j * i
        total += inner
    return total


print(plain(1000), plain(100_000))
print(from_a_float(1000))
print(overflows(5), overflows(1000).bit_length())
print(overflows_down(5), overflows_down(1000).bit_length())
print(multiplies(30), multiplies(60), multiplies(500) % 1_000_003)
print(with_break(10_000, 4321))
print(value_changes_type(2000))
print(guarded_value(list(range(500)) + [2**70, 1.5] + list(range(100))))
print(read_inside(35), read_inside(150))
print(two_candidates(3000))
print(bools(2000))
print(negative_step(3000))
print(nested(300))
