# Sequence patterns match lists, tuples and ranges but not strings, bytes or dicts.
def is_pair(v):
    match v:
        case [_, _]:
            return True
        case _:
            return False
for v in [[1, 2], (1, 2), range(2), "ab", b"ab", {1: 2, 3: 4}, bytearray(b"ab"), [1, 2, 3], iter([1, 2])]:
    print(type(v).__name__, is_pair(v))
