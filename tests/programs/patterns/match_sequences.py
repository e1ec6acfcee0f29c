# Sequence patterns: fixed length, star captures, nesting; strings are not sequences here.
def shape(s):
    match s:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *rest] if len(rest) > 3:
            return f"long, starts {first}, {len(rest)} more"
        case [first, *middle, last]:
            return f"first {first}, middle {middle}, last {last}"
        case _:
            return "not a sequence"

for s in [[], [1], (1, 2), [1, 2, 3], list(range(6)), "ab", range(3), {1, 2}, [[1, 2], 3]]:
    print(repr(s), shape(s))

match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)
match (1, 2, 3):
    case (1, *_):
        print("starts with 1")
