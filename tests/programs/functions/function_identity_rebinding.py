# Functions are objects: rebinding names, storing in containers, and late global lookup.
def a():
    return "a"
def b():
    return "b"
def call_later():
    return target()
target = a
print(call_later())
target = b
print(call_later())
table = {"first": a, "second": b}
print([f() for f in table.values()], a.__name__, (a if True else b)())
a, b = b, a
print(a(), b())
