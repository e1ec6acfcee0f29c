import dis

def total(n):
    t = 0
    for i in range(n):
        if i % 3:
            t += i * 2
        else:
            t -= 1
    return t

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

print(total(10))
dis.dis(total)
dis.dis(Point.norm2)
dis.dis(Point(1, 2).norm2)
dis.dis(total.__code__)
