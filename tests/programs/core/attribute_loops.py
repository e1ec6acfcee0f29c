# Attribute reads and writes in loops on instances (exercises specialized attribute access).
class Particle:
    def __init__(self, x, v):
        self.x = x
        self.v = v
    def step(self):
        self.x += self.v
ps = [Particle(i, i % 3 - 1) for i in range(10)]
for _ in range(100):
    for p in ps:
        p.step()
print([p.x for p in ps])
class Slotted:
    __slots__ = ("n",)
    def __init__(self):
        self.n = 0
s = Slotted()
for i in range(1000):
    s.n += i
print(s.n)
