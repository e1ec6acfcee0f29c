# Mapping patterns: required keys, extra keys ignored, **rest capture, literal values in keys.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={sorted(rest)}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "no type"
    return "not a mapping"

for e in [{"type": "click", "pos": (1, 2)}, {"type": "key", "key": "a", "mod": "ctrl", "rep": 1},
          {"type": "scroll"}, {"other": 1}, [("type", "click")], {"type": "click", "pos": [3, 4], "x": 0}]:
    print(handle(e))
