# tuples: packing, unpacking, immutability, count/index, comparison, hashing, single-element form.
t = 1, 2, 3
a, b, c = t
print(t, a + b + c, (1,), (), tuple("ab"), t * 2, t + (4,), t[1:], t[::-1])
print(t.count(2), t.index(3), 2 in t, len(t), (1, 2) < (1, 2, 0), (2,) > (1, 9), hash((1, 2)) == hash((1, 2)))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    x, y = t
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, z, w = t
except ValueError as e:
    print("ValueError:", e)
nested = ([1], 2)
nested[0].append(3)
print(nested)
try:
    hash(nested)
except TypeError as e:
    print("TypeError:", e)
a, b = b, a
print(a, b, tuple(x for x in range(3)), (*range(2), *"z"))
