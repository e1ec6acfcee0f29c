def m(cmd):
    match cmd:
        case 0:
            return "zero"
        case -1 | 1:
            return "one"
        case None:
            return None
        case [x]:
            return x
        case [x, y, *rest]:
            return x, y, rest
        case [first, *_]:
            return first
        case [*_, last]:
            return last
        case {"a": 1, "b": b, **kw}:
            return b, kw
        case {}:
            return {}
        case Point(x=0, y=yy) as p if yy > 0:
            return p
        case Point(1, 2):
            return 12
        case str() | bytes():
            return "s"
        case (a, b) | [b, a]:
            return a, b
        case m.CONST:
            return "const"
        case _:
            return "default"

def m2(x):
    match x:
        case [1, 2]:
            pass
        case other:
            return other

def m3(x):
    match x:
        case _:
            return 1
