# Default __repr__/__str__ fall back to each other as CPython does; containers use repr of items.
class R:
    def __repr__(self):
        return "R()"
class S:
    def __str__(self):
        return "S-str"
print(str(R()), repr(R()), [R()], f"{R()}")
print(str(S()), [S()][0] is not None, f"{S()!s}")
print(repr(S()).startswith("<__main__.S object at 0x"))
class Both(R, S):
    pass
print(str(Both()), repr(Both()))
