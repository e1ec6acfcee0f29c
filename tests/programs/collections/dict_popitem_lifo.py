# popitem removes the most recently inserted item (LIFO); clear, copy and len interplay.
d = {c: i for i, c in enumerate("abcde")}
print([d.popitem() for _ in range(3)], d)
e = d.copy()
d.clear()
print(d, e, len(e), e is not d)
d.update(e)
d["z"] = 26
print(d, d.popitem(), list(d))
