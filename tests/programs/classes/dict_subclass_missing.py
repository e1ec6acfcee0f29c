# dict subclasses: __missing__ for d[key], get() bypasses it; list subclass with extra behaviour.
class Counter(dict):
    def __missing__(self, key):
        return 0

c = Counter()
for ch in "banana":
    c[ch] = c[ch] + 1
print(c, c["z"], c.get("z"), "z" in c, type(c).__name__, isinstance(c, dict))

class DefaultList(dict):
    def __missing__(self, key):
        self[key] = []
        return self[key]

d = DefaultList()
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(d, len(d))

class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack([1])
s.push(2)
print(s, s.peek(), len(s), s + [3], type(s + [3]).__name__, sorted(Stack([3, 1, 2])))
