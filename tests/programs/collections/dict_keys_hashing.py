# Keys are found by hash and equality: 1, 1.0 and True are the same key; custom __hash__/__eq__.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v % 10)
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return f"Key({self.v})"
d2 = {Key(1): "a", Key(11): "b"}
print(d2[Key(11)], len(d2), Key(21) in d2)
for bad in [[1], {1: 2}, {1}]:
    try:
        {bad: 1}
    except TypeError as e:
        print("TypeError:", e)
print({(1, 2): "tuple key", frozenset({1}): "frozenset key", None: "none"}[(1, 2)])
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
