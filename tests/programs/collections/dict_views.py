# keys/values/items views are live; keys and items support set operations.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
d["d"] = 4
print(k, v, it, len(k))
print(k & {"a", "z"}, sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(("a", 1) in it, ("a", 2) in it, "b" in k, 3 in v)
print(sorted(it & {("a", 1), ("b", 0)}), k == {"a", "b", "c", "d"}, k.isdisjoint({"x"}))
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(d.keys())[:5], type(k).__name__, type(v).__name__, type(it).__name__)
print(list(reversed(d.values()))[:2], sorted(d.items())[:2])
