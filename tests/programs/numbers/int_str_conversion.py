# int <-> str conversions in several bases, with underscores and signs; repr of big ints.
for s in ["0", "-0", "+15", "1_000_000", "  42\n", "007"]:
    print(repr(s), int(s))
for base in [2, 8, 16, 36]:
    print(base, int("101", base), int("-z" if base == 36 else "-1", base))
print(int("0x_ff", 16), int("0b_101", 0), int("1" * 40), str(-(10**25)), format(255, "08b"))
for bad, base in [("12", 2), ("0x10", 10), ("", 16), ("1 2", 10)]:
    try:
        int(bad, base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError:", e)
