# match statements, walrus, loops with else, chained comparisons, conditional expressions
def describe(x):
    match x:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case [a, b]:
            return f"pair {a},{b}"
        case [first, *rest]:
            return f"list starting {first} (+{len(rest)})"
        case {"kind": kind, **others}:
            return f"mapping {kind} {sorted(others)}"
        case str() as s:
            return f"string {s!r}"
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case _:
            return "other"

for v in [0, -4, [1, 2], [1, 2, 3], {"kind": "k", "z": 1}, "hi", 2, 3.5]:
    print(describe(v))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case _:
            return "elsewhere"

print(where(Point(0, 0)), where(Point(0, 5)), where(Point(3, 0)), where(Point(1, 1)))
data = [5, 3, 8]
if (n := len(data)) > 2:
    print("long list", n)
for i in range(3):
    if i == 5:
        break
else:
    print("no break")
while (n := n - 1) > 0:
    print("n", n)
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
print("yes" if data else "no", 1 < 2 < 3 != 4, not [] and "empty")
total = 0
for a in range(3):
    for b in range(3):
        if b > a:
            break
        total += a * b
print(total)
try:
    for x in range(3):
        try:
            if x == 1:
                continue
            print("body", x)
        finally:
            print("finally", x)
finally:
    print("outer finally")
def early():
    for x in range(10):
        try:
            return x
        finally:
            print("cleanup", x)
print(early())
del data[0]
print(data)
x = y = z = 7
print(x, y, z)
a, b = b, a = 1, 2
print(a, b)
