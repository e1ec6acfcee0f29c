# dicts keep insertion order; re-assignment keeps position, deletion and re-insert moves to the end.
d = {"b": 1, "a": 2, "c": 3}
d["a"] = 20
d["z"] = 0
print(list(d), d)
del d["b"]
d["b"] = 1
print(list(d.items()))
print(d.pop("z"), d.pop("missing", "dflt"), d.popitem(), d)
d.update([("x", 1)], y=2)
d.update({"a": -1})
print(d, d.setdefault("a", 5), d.setdefault("new", []), d)
print(dict.fromkeys("abc", 0), dict(zip("ab", range(2))), dict(a=1, b=2) == {"b": 2, "a": 1})
print(list(reversed(d)), {**d, "a": "over"}, d | {"q": 1}, len(d))
try:
    d["nope"]
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
