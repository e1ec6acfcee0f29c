# hash() of complex agrees with equal ints and floats; format() specs for complex.
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(1 + 2j), hash(complex(1.5, -2)))
d = {1: "int", 2.5: "float"}
print(d[1 + 0j], d[2.5 + 0j])
print(len({1, 1.0, 1 + 0j, True}))
for spec in ["", "g", ".3", "10", "<14", "^14", ".2f", "+.1f", "e", ".3e", "10.2f", "*>16.1f"]:
    print(repr(spec), repr(format(1.5 - 2j, spec)), repr(format(3j, spec)))
print(f"{2+3j}", f"{2+3j!r:>10}", f"{1j:.1f}")
