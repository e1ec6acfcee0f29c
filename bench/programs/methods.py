# Attribute access and method calls on instances.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def norm1(self):
        return abs(self.x) + abs(self.y)


def walk(n):
    p = Point(0, 0)
    acc = 0
    for i in range(n):
        p = p.moved(1 if i % 3 else -1, i % 5 - 2)
        acc += p.norm1()
    return acc

print(walk(3_000_000))
