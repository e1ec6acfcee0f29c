# list.index with bounds, count of unhashable items, insert at extremes, extend with iterables.
l = [1, 2, 3, 2, 1]
print(l.index(2, 2), l.index(1, 1), l.count([1]), [[1], [1]].count([1]))
l.insert(-100, "first")
l.insert(100, "last")
l.extend(range(2))
l.extend("ab")
print(l)
try:
    l.index(2, 0, 2)
except ValueError as e:
    print("ValueError:", e)
