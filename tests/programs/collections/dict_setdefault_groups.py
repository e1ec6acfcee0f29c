# Grouping with setdefault and counting with get; dict of lists built incrementally.
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
lengths = {}
for w in words:
    lengths[len(w)] = lengths.get(len(w), 0) + 1
print(dict(sorted(lengths.items())), max(groups, key=lambda k: len(groups[k])))
