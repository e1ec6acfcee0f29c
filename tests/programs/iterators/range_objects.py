# range objects: indexing, slicing to ranges, len, containment, equality, reversed, and errors.
r = range(3, 30, 4)
print(r, len(r), r[0], r[-1], r[2:5], r[::-1], 7 in r, 8 in r, r.index(11), r.count(15))
print(range(0) == range(2, 2), range(1, 10, 3) == range(1, 11, 3), list(range(5, -5, -3)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
print(range(10**20)[-1], len(range(-5, 5)), bool(range(0)))
