# Iterating a dict yields keys in insertion order; values/items match; deleting during copy iteration.
d = {}
for k in ["zeta", "alpha", "mid"]:
    d[k] = len(k)
print(list(d), list(d.values()), list(d.items()))
for k in list(d):
    if k.startswith("a"):
        del d[k]
print(d, next(iter(d)), list(reversed(d.items())))
