# complex arithmetic with ints, floats and complexes, including reflected operands and powers.
a = 1 + 2j
b = 3 - 4j
print(a + b, a - b, a * b, a / b)
print(a + 1, 1 + a, a * 2.5, 2.5 * a, 1 / a, a / 2)
print(True + 1j, -a, +a, abs(3 + 4j), abs(-5j))
print(a ** 2, a ** 3, a ** -2, a ** 0, (2 + 0j) ** 10)
print(1j ** 2, 1j ** 4, (0 + 1j) * (0 + 1j))
x = 2 + 1j
x += 1
x *= 1j
x -= 2j
x /= 1 + 1j
print(x)
print(sum([1j, 2, 3.5, 1 + 1j]))
print((1 + 1j) ** 2 == 2j, 1 + 0j == 1, 1.5 + 0j == 1.5, 1j != 1)
