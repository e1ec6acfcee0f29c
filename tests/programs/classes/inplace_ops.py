# In-place operators fall back to the binary operator; lists mutate in place, tuples rebind.
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        self.items.remove(x)
        return self

a = Acc()
ref = a
a += 1
a += 2
a -= 1
print(a.items, a is ref)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)

o = OnlyAdd(1)
before = o
o += 5
print(o.v, o is before)

lst = [1]
alias = lst
lst += [2]
lst *= 2
print(lst, alias is lst)
t = (1,)
talias = t
t += (2,)
print(t, talias)
s = {1}
s |= {2}
s &= {2, 3}
s ^= {4}
s -= {4}
print(s)
d = {"a": 1}
d |= {"b": 2}
print(d)
x = 7
x //= 2
x **= 3
x %= 5
x <<= 2
x >>= 1
x |= 1
x ^= 3
x &= 6
print(x)
