# split/rsplit/splitlines/join/strip variants.
print("a b  c".split(), "a,b,,c".split(","), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("  lead and trail  ".split(" "), "".split(), "".split(","), "abc".split("b"))
print("line1\nline2\r\nline3\rline4".splitlines(), "a\n\nb\n".splitlines(keepends=True))
print("-".join(["x", "y", "z"]), "".join(map(str, range(5))), ", ".join([]))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(repr("  x  ".strip()), repr("xxhixx".strip("x")), repr("  x ".lstrip()), repr(" x  ".rstrip()))
print(repr("abcba".strip("ab")), repr("\t\n x \x0b".strip()))
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
