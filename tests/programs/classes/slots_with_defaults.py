# __slots__ classes with class-level defaults in other names, __dict__ opt-in, and __weakref__-free layout.
class Pt:
    __slots__ = ("x", "y")
    dims = 2
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Pt({self.x}, {self.y})"

class Flexible:
    __slots__ = ("a", "__dict__")

p = Pt(1)
print(p, p.dims, Pt.dims, [Pt(i, i) for i in range(2)])
f = Flexible()
f.a = 1
f.b = 2
print(f.a, f.b, f.__dict__)
try:
    Pt(1).dims = 3
except AttributeError as e:
    print("AttributeError:", e)
