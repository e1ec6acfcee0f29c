def f(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, sorted(kw.items()))

print(f(1), f(1, 5), f(1, 5, 6, 7), f(1, c=9), f(1, x=1, y=2), f(*[1, 2, 3], **{"c": 4, "z": 0}))

def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc

c = counter(); c(); c(5)
print(c(), c.__name__, c.__qualname__)

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()

print(outer())
adders = [lambda v, k=k: v + k for k in range(3)]
print([a(10) for a in adders], (lambda *a, **k: (a, k))(1, 2, z=3))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(20), fact(100) % 1000000007)

def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)

print(deep(900))

def kwonly(*, key, default=None):
    return key, default

print(kwonly(key=1), kwonly(default=2, key=3))

def posonly(a, b, /, c):
    return a + b + c

print(posonly(1, 2, c=3), posonly(1, 2, 3))
g = 10
def use_global():
    global g
    g += 1
    return g
print(use_global(), g)

def gen_defaults(x, acc=[]):
    acc.append(x)
    return acc
print(gen_defaults(1), gen_defaults(2))
print((lambda: 42)(), (lambda x: x * 2)(21), callable(f), callable(3))
def ann(x: int) -> str:
    "docstring here"
    return str(x)
print(ann.__doc__, ann(5), ann.__name__)
