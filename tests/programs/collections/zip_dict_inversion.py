# Building and inverting mappings with zip and comprehensions; duplicate values collapse.
keys = ["a", "b", "c", "d"]
vals = [1, 2, 1, 3]
m = dict(zip(keys, vals))
inv = {}
for k, v in m.items():
    inv.setdefault(v, []).append(k)
print(m, inv, {v: k for k, v in m.items()})
print(dict(zip(range(3), "xyz")), list(zip(*m.items())))
