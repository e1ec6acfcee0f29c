# Default values are evaluated once at definition time; mutable defaults are shared.
def append(x, bucket=[]):
    bucket.append(x)
    return bucket

print(append(1), append(2), append(3, []))
print(append.__defaults__)

calls = 0
def default_value():
    global calls
    calls += 1
    return calls

def f(v=default_value()):
    return v
print(f(), f(), calls)

def kwdefaults(*, a=1, b=[]):
    return a, b
print(kwdefaults.__kwdefaults__)
kwdefaults.__defaults__ = None
f.__defaults__ = (99,)
print(f())
