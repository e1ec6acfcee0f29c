# Arbitrary-precision int arithmetic beyond 64 bits.
a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a + b, a - b, a * b)
print(b // 12345678901234567890, b % 12345678901234567890)
print(-b // 7, -b % 7, divmod(-b, 10 ** 20))
print(a >> 37, a << 5, -a >> 3)
print(a & b, a | b, a ^ b, ~a)
print(2 ** 64 - 1, -(2 ** 63), (2 ** 63) * 2)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(abs(-a), a.bit_length(), (a - 1).bit_length(), (-a).bit_length())
f = 1
for i in range(1, 31):
    f *= i
print(f, len(str(f)))
print(int("123456789012345678901234567890") * 10)
print(pow(2, 200, 10 ** 9 + 7), pow(3, -1, 7), pow(12345, 678, 1000))
print(a == 2 ** 100, a > b, a < -b, hash(a) == hash(2 ** 100))
