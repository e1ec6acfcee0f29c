# Method calls in loops, including bound-method caching and calls through a changing class.
class Acc:
    def __init__(self):
        self.total = 0
    def add(self, v):
        self.total += v
        return self
a = Acc()
for i in range(300):
    a.add(i)
print(a.total)
add = a.add
for i in range(10):
    add(1000)
print(a.total)
def new_add(self, v):
    self.total -= v
    return self
Acc.add = new_add
for i in range(3):
    a.add(1)
print(a.total)
