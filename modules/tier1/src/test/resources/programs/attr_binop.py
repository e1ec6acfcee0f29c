class Point:
    def __init__(self, x):
        self.x = x

p = Point(3)
total = p.x + 1
print(total)
print(p.x + p.y)
