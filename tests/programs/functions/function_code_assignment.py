# Assigning a function's __code__ (checked as CPython checks it), the attributes that cannot be assigned, and
# call sites that keep running what the function's code is now.
def f(x):
    return x + 1
def g(x):
    return x * 10
def outer():
    k = 3
    def inner(x):
        return x + k
    return inner
inner = outer()
print(f(1))
f.__code__ = g.__code__
print(f(2), f.__code__ is g.__code__, f.__name__, "__code__" in f.__dict__)
for bad in (1, None):
    try:
        f.__code__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    f.__code__ = inner.__code__
except ValueError as e:
    print("ValueError:", e)
try:
    inner.__code__ = g.__code__
except ValueError as e:
    print("ValueError:", e)
for name in ("__globals__", "__closure__", "__builtins__"):
    try:
        setattr(f, name, {})
    except AttributeError as e:
        print("AttributeError:", name, e)
print(sorted(f.__dict__))
f.__kwdefaults__ = {"a": 1}
print(f.__kwdefaults__)
f.__kwdefaults__ = None
print(f.__kwdefaults__)
try:
    f.__kwdefaults__ = 5
except TypeError as e:
    print("TypeError:", e)
# a call site that has run f keeps computing what the new code says
def h(x):
    return -x
def callit(fn, n):
    return [fn(i) for i in range(n)]
print(callit(h, 100)[-1])
h.__code__ = f.__code__
print(callit(h, 3))
