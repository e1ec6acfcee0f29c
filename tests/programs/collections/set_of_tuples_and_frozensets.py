# Sets holding tuples and frozensets; membership by value; set of sets is not allowed.
pairs = {(1, 2), (2, 1), (1, 2)}
print(len(pairs), (2, 1) in pairs, sorted(pairs))
groups = {frozenset([1, 2]), frozenset([2, 1]), frozenset()}
print(len(groups), frozenset() in groups)
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
