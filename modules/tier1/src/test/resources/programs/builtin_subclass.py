class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list))
class DD(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
d = DD(a=1)
print(d["hello"], d, d.get("zz"))
class Named(dict):
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
n = Named("cfg", x=1)
print(n, n.name)
class P(tuple):
    def total(self):
        return sum(self)
p = P([1, 2, 3])
print(p, p.total(), p[1], type(p).__name__)
