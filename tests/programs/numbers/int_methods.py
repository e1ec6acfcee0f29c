# int methods: bit_length, bit_count, to_bytes/from_bytes, as_integer_ratio, is_integer, conversions.
for n in [0, 1, 5, 255, -255, 2 ** 40, -(2 ** 40)]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.is_integer())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"),
      int.from_bytes(b"\xff\xff", "big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(hex(255), oct(8), bin(5), hex(-255), bin(-5))
print(int("ff", 16), int("0x1f", 0), int("0b101", 0), int("0o17", 0), int("z", 36), int(" 42 "), int("-7"))
print(int(3.99), int(-3.99), int(True), int("1_000"))
for bad in ["", "12a", "0x", "1__0"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
print((10).__index__(), (5).numerator, (5).denominator, (-3).real, (4).imag)
