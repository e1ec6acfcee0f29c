# Loop unpacking with enumerate/zip/dict.items, nested targets and starred targets in for loops.
pairs = [("a", 1), ("b", 2)]
for i, (k, v) in enumerate(pairs, 1):
    print(i, k, v)
for (a, b), c in zip(pairs, "xy"):
    print(a, b, c)
for first, *rest in [(1, 2, 3), (4,)]:
    print(first, rest)
d = {"x": 10, "y": 20}
for key, value in d.items():
    print(key, value)
matrix = [[1, 2], [3, 4]]
print([x for row in matrix for x in row], list(zip(*matrix)))
names, scores = zip(*[("ann", 3), ("bob", 5)])
print(names, scores)
