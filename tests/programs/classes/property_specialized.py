# obj.prop for a property with a Python getter (LOAD_ATTR_PROPERTY: the getter's frame is pushed like a call's),
# warmed up past specialization, then what must leave the specialized form.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)

    @property
    def broken(self):
        raise AttributeError("computed attribute missing")


def norms(points):
    return sum(p.norm1 for p in points)


pts = [Point(i, -i) for i in range(50)]
for _ in range(20):
    n = norms(pts)
print("norms:", n)

p = Point(1, 2)
p.__dict__["norm1"] = "shadow"  # a property is a data descriptor: the instance dict does not win
print("data descriptor wins:", p.norm1)


def broken(o):
    return o.broken


for _ in range(60):
    try:
        broken(p)
    except AttributeError:
        pass
try:
    broken(p)
except AttributeError as e:
    print("AttributeError:", e, "| getter frame:", e.__traceback__.tb_next.tb_next.tb_frame.f_code.co_name)


class Fallback(Point):
    def __getattr__(self, name):
        return "fallback for " + name


for _ in range(60):
    v = broken(Fallback(0, 0))
print(v)


class Plain(Point):
    norm1 = "class attribute"


def norm(o):
    return o.norm1


for _ in range(60):
    norm(p)
print(norm(Plain(3, 4)), norm(p))
Point.norm1 = property(lambda self: self.x * 100)  # the class changes: the cached getter must not be used
print("after class change:", norm(p))


class WithDefault:
    def get(self, scale=2):
        return 21 * scale

    value = property(get)


for _ in range(60):
    w = WithDefault().value
print(w)
