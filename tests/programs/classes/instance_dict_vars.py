# __dict__ and vars(): reading and writing instance attributes through the mapping, setattr/getattr.
class Bag:
    pass

b = Bag()
b.x = 1
vars(b)["y"] = 2
setattr(b, "z", 3)
print(b.__dict__, b.y, getattr(b, "z"), getattr(b, "w", None))
b.__dict__.update(a=0)
print(sorted(vars(b).items()))
delattr(b, "x")
print(hasattr(b, "x"), list(b.__dict__))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
