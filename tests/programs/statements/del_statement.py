# del on names, items, slices and attributes; deleted names raise NameError/UnboundLocalError.
x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)
lst = list(range(10))
del lst[0], lst[-1]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
def local():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(local())
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
