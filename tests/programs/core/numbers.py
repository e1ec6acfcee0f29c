# int and float arithmetic, repr, formatting and conversions
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 2 ** 10, 2 ** -1, 10 / 4)
print(2 ** 100, -(2 ** 63), 2 ** 63 - 1 + 1, (1 << 70) >> 3, 12345678901234567890 * 98765432109876543210)
print(0.1, 0.1 + 0.2, 1e16, 1e15, 1e-5, 0.0001, 1.0, -0.0, 1 / 3, 2.5e-300 * 1e-10)
print(float("inf"), float("-inf"), float("nan"), 1e308 * 10, 3.0 * 2, 7.0 // 2, -7.5 % 2)
print(int("42"), int(" -17 "), int("0x1f", 16), int("101", 2), int(3.99), int(-3.99), float("1.5"), float(3))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(0.5), round(1.23456, 3))
print(abs(-5), abs(-2.5), divmod(17, 5), divmod(-17, 5), pow(3, 4), pow(3, 4, 5), max(3, 9, 2), min([4, 1, 8]))
print(True + True, True * 10, hash(-1), hash(True), bool(0), bool(3), 5 == 5.0, 1 < 2.5, 10 ** 20 > 1e19)
print(f"{3.14159:.2f} {42:05d} {255:x} {255:#X} {1234567:,} {0.5:%} {12:>6} {'ab':*^8} {-3:+d} {1e10:g}")
print(format(1 / 3, ".3e"), format(123.456, "g"), format(0.00001234, "g"), "%5.1f|%-4d|%s|%r" % (3.14159, 7, "x", "y"))
print((255).bit_length(), (-1).bit_length(), hex(255), oct(8), bin(5), chr(65), ord("a"), 0o17, 0b101)
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7; x <<= 2; x >>= 1; x |= 8; x &= 12; x ^= 5
print(x, -x, +x, ~x, not x)
print(3 < 5 < 7, 3 < 5 > 7, 1 == 1.0 == True, 0.1 + 0.2 == 0.3, 2 ** 0.5, 10 / 3, 1e22, 123456789012345680.0)
print(sum([0.1] * 10), sum([1, 2, 3], 10), sum([1.5, 2, 3]), 1_000_000, int("1_000"))
