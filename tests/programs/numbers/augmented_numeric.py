# Augmented arithmetic on ints, floats and complex numbers, including power and shifts.
x = 5
x += 2.5
x *= 2
x -= 1j
x **= 2
print(x)
n = 1
for _ in range(70):
    n <<= 1
print(n, n.bit_length())
n >>= 68
n ^= 0b101
n |= 8
n &= ~1
print(n)
f = 10.0
f //= 3
f %= 2
print(f)
