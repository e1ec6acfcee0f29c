# Defining __eq__ without __hash__ makes instances unhashable; defining both makes them usable as keys.
class OnlyEq:
    def __eq__(self, o):
        return True
print(OnlyEq.__hash__)
try:
    {OnlyEq()}
except TypeError as e:
    print("TypeError:", e)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
s = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(s), Point(1, 2) in s, {Point(0, 0): "origin"}[Point(0, 0)])
class Sub(Point):
    pass
print(hash(Sub(1, 2)) == hash(Point(1, 2)))
