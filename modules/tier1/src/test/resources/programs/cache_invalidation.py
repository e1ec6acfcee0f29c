# Specialized attribute/global/method accesses must notice every change.
class A:
    def f(self):
        return "A.f"

class B(A):
    pass

def call_all(objs):
    return [o.f() for o in objs]

objs = [B() for _ in range(3)]
for _ in range(100):
    r = call_all(objs)
print(r)
A.f = lambda self: "patched"
print(call_all(objs))
objs[0].f = lambda: "instance attr"
print(call_all(objs))
del objs[0].f
B.f = lambda self: "B.f"
print(call_all(objs))

class P:
    def __init__(self, x):
        self.x = x

def total(ps):
    s = 0
    for p in ps:
        s += p.x
    return s

ps = [P(i) for i in range(50)]
for _ in range(50):
    t = total(ps)
print(t)
ps.append(P(1.5))
print(total(ps))
P.x = property(lambda self: 100)
print(total(ps[:3]))

G = 1
def read_g():
    return G
for _ in range(100):
    read_g()
G = "rebound"
print(read_g())
del G
try:
    read_g()
except NameError as e:
    print(e)
len_calls = [len("ab") for _ in range(100)]
import builtins
original_len = builtins.len
builtins.len = lambda x: -1
print(len("abc"))
builtins.len = original_len
print(len("abc"))
def mixed(vals):
    out = []
    for a, b in vals:
        out.append(a + b)
        out.append(a < b)
        out.append(a * b if not isinstance(a, str) else a * 2)
    return out
print(mixed([(1, 2)] * 3 + [(1.5, 2.5), ("a", "b")] + [(2 ** 70, 3)])[-9:])
d = {"k": 1}
for _ in range(100):
    v = d["k"]
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
seq = [1, 2, 3]
for _ in range(100):
    v = seq[1]
seq = (4, 5, 6)
print(seq[1], [1, 2][-1])
try:
    "a" * "b"
except TypeError as e:
    print(e)
try:
    [1] * 2.5
except TypeError as e:
    print(e)
