# Class patterns with builtin types: positional self-match for int/str/list/dict/tuple and bool vs int.
def what(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(n) if n < 0:
            return "negative int"
        case int():
            return "int"
        case str("") | list([]):
            return "empty str or list"
        case str(s):
            return f"str {s}"
        case [int(), *_]:
            return "list starting with int"
        case dict({"k": v2}):
            return f"dict with k={v2}"
        case tuple((a, b)):
            return f"pair {a},{b}"
        case _:
            return "other"
for v in [True, 0, -5, 7, "", [], "hi", [1, "x"], {"k": 9}, (1, 2), 2.0]:
    print(repr(v), what(v))
