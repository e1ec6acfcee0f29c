# match with literal patterns, or-patterns, the wildcard and None/True/False singletons.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case None:
            return "nothing"
        case True:
            return "true"
        case b"raw":
            return "bytes"
        case _:
            return "other"

for v in [0, 2, "hello", -1, 2.5, None, True, False, b"raw", 1.0, "x"]:
    print(repr(v), describe(v))
