# A call site that sees several classes in turn (tier 2 traces the other classes as side traces of a type guard's
# exit), one whose class changes for good half way (the trace is dropped and re-made), and a method replaced on
# its class while the loop runs.
class Shape:
    def __init__(self, size):
        self.size = size


class Square(Shape):
    def area(self):
        return self.size * self.size


class Circle(Shape):
    def area(self):
        return 3 * self.size * self.size


class Tri(Shape):
    def area(self):
        return self.size * self.size // 2


def total(shapes, rounds):
    t = 0
    for _ in range(rounds):
        for s in shapes:
            t += s.area()
    return t


print(total([Square(2), Square(3), Circle(1), Circle(2)], 300))
print(total([Square(1), Circle(1), Tri(4), Square(2), Tri(6)], 250))


def switch_for_good(n):
    t = 0
    s = Square(3)
    for i in range(n):
        if i == n // 2:
            s = Circle(3)
        t += s.area()
    return t


print(switch_for_good(1000))


def replaced(n):
    t = 0
    s = Square(2)
    for i in range(n):
        if i == 300:
            Square.area = lambda self: -1
        t += s.area()
    return t


print(replaced(600))
