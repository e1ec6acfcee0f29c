# Deep and starred unpacking in assignments and for loops, with error messages for mismatches.
(a, b), [c, *d], e = (1, 2), [3, 4, 5], "x"
print(a, b, c, d, e)
for (name, (x, y)), flag in [(("p", (1, 2)), True), (("q", (3, 4)), False)]:
    print(name, x + y, flag)
head, *_, tail = "abcdef"
print(head, tail)
for bad in [(1,), (1, 2, 3)]:
    try:
        p, q = bad
    except ValueError as err:
        print("ValueError:", err)
try:
    x, *y, z = [1]
except ValueError as err:
    print("ValueError:", err)
