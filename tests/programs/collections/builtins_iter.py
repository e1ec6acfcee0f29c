# Builtins over iterables: zip (strict), enumerate, map, filter, reversed, any/all, sum, min/max with key.
print(list(zip("abc", range(5))), list(zip()), list(enumerate("xy", start=1)))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(None, [0, 1, "", "a", None])))
print(list(reversed([1, 2, 3])), list(reversed(range(4))), list(reversed("abc")))
print(any([]), all([]), any(x > 2 for x in [1, 3]), all(x for x in [1, 0]))
print(sum([1, 2, 3], 10), sum([[1], [2]], []), sum(x / 2 for x in range(4)))
print(min([3, 1, 2]), max("apple", "pear", key=len), min([], default="none"), max([(1, "b"), (1, "a")]))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
print(sorted(map(str.upper, ["b", "a"])), list(map(int, "123")), dict(enumerate("ab")))
print(len(range(0, 100, 7)), range(10)[2:8:2], list(range(10, 0, -3)), range(5) == range(0, 5))
