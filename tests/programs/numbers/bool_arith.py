# bool is an int subclass: arithmetic, bitwise ops keep bool only for &, |, ^ between bools.
print(True + True, True - False, True * 10, True / 2, True // 1, -True, ~True, ~False)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
print(sum([True, True, False]), int(True), str(False), repr(True), bool("x"), bool(""))
print(isinstance(True, int), issubclass(bool, int), True is (1 == 1), hash(True), f"{True:d}")
print(bool([]), bool([0]), bool(None), bool(0.0), bool(-0.0), bool(range(0)), bool({}))
