# Stable multi-pass sorting: sort by secondary key first, then by primary key.
data = [("x", 3), ("y", 1), ("z", 3), ("w", 2), ("v", 1)]
by_name = sorted(data)
by_count = sorted(by_name, key=lambda p: p[1])
print(by_count)
print(sorted(data, key=lambda p: p[1], reverse=True))
items = list(range(20))
items.sort(key=lambda v: v % 3)
print(items)
