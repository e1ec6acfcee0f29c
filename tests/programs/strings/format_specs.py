# format() mini-language: fill/align/sign/#/0/width/grouping/precision/type for ints, floats, strs.
vals = [0, 7, -7, 123456789, 255]
for spec in ["", "5", "<5", ">5", "^5", "*^7", "+", "-", " ", "05", ",", "_", "x", "#x", "#X", "o", "#o", "b", "#b", "c", "n", "=+8"]:
    out = []
    for v in vals:
        try:
            out.append(format(v, spec) if spec != "c" or 0 <= v < 0x110000 else "?")
        except ValueError as e:
            out.append("ValueError")
    print(repr(spec), out)
fl = [0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-7, 1e22, float("inf"), float("nan")]
for spec in ["", ".2f", "10.3f", "e", ".3E", "g", ".3g", "G", "%", ".1%", ",.2f", "+.1f", "z.1f", "#.0f", "010.2f", "_.3f"]:
    print(repr(spec), [format(v, spec) for v in fl])
for s in ["abc", ""]:
    print([format(s, spec) for spec in ["", "5", ">5", "^5", "*<6", ".2", "5.1"]])
for bad in [(1, "s"), ("s", "d"), (1.5, "d"), (1, ".2d")]:
    try:
        format(*bad)
    except ValueError as e:
        print("ValueError:", e)
