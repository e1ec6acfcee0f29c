# frozensets are hashable: usable as dict keys and set members; equality with sets.
groups = {frozenset({1, 2}): "a", frozenset({3}): "b"}
print(groups[frozenset([2, 1])], frozenset({1, 2}) == {1, 2}, {frozenset(), frozenset()})
print(frozenset("aab") == frozenset("ba"), frozenset(range(3)) | {5}, frozenset() < frozenset({1}))
