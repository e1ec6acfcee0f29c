# __slots__: fixed attributes, no __dict__, AttributeError for others, inheritance adds slots.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
p.x = 10
print(p.x)

class Q(P):
    __slots__ = ("z",)

q = Q(1, 2)
q.z = 3
print(q.x, q.y, q.z)

class R(P):
    pass

r = R(5, 6)
r.extra = "dict"
print(r.extra, r.__dict__)
print(type(P.x).__name__)
