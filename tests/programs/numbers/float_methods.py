# float methods: is_integer, as_integer_ratio, hex/fromhex, and float() parsing.
for v in [1.0, 1.5, -0.75, 0.1, 1e300, 0.0]:
    print(v, v.is_integer(), v.as_integer_ratio(), v.hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x10"))
print(float(" 1.5 "), float("1e3"), float("-inf"), float("nan"), float("1_0.5"), float(7), float(True))
for bad in ["", "1.2.3", "abc", "1e"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    (float("inf")).as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
print(int(1e20), int(-2.5), float(2 ** 70))
