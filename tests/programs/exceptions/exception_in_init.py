# Exceptions from __init__ and __new__ propagate; partially built objects are discarded.
class Strict:
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative")
        self.v = v
objs = []
for v in [1, -1, 2]:
    try:
        objs.append(Strict(v))
    except ValueError as e:
        print("skip", v, e)
print([o.v for o in objs])
class Picky:
    def __new__(cls, ok):
        if not ok:
            raise TypeError("refused in __new__")
        return super().__new__(cls)
try:
    Picky(False)
except TypeError as e:
    print("TypeError:", e)
print(type(Picky(True)).__name__)
