# Guards, as-patterns, value patterns with dotted names, and bindings made by failed cases.
class Color:
    RED = "red"
    GREEN = "green"

def classify(value):
    match value:
        case (x, y) as pair if x == y:
            return f"equal pair {pair}"
        case (x, y) if x > y:
            return f"descending {x}>{y}"
        case Color.RED:
            return "the red constant"
        case [*items] as whole if sum(items) > 10:
            return f"big list {whole}"
        case int() | float() as num if num < 0:
            return f"negative {num}"
        case _:
            return "no match"

for v in [(1, 1), (3, 2), (1, 2), "red", "green", [5, 6], [1], -3, -1.5, 4]:
    print(repr(v), classify(v))

match 42:
    case x:
        print("irrefutable capture", x)
