# str.format: positional, keyword, indexing, attribute access, conversions, nested specs.
class P:
    x = 3
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"

print("{} {} {}".format(1, "a", None))
print("{1} {0} {1}".format("x", "y"))
print("{name}={value!r}".format(name="k", value="v"))
print("{0[1]} {0[key]}".format({1: "one", "key": "val"}) if False else "{0[1]}".format([5, 6]))
print("{p.x} {p!s} {p!r} {p!a}".format(p=P()))
print("{:>{w}}|{:^{w}.{p}f}".format("r", 3.14159, w=8, p=2))
print("{{literal}} {}".format("x"))
for bad in ["{", "}", "{0} {}", "{x}"]:
    try:
        print(bad.format(1))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)
print("{:,} {:_} {:+d} {: d} {:#x} {:#o} {:#b} {:08.3f} {:e} {:%}".format(1234567, 1234567, 5, 5, 255, 8, 5, 3.14159, 1234.5, 0.25))
