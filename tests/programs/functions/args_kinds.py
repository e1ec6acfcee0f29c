# Positional-only, keyword-only, defaults, *args and **kwargs, and how arguments bind.
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw

print(f(1, d=4))
print(f(1, 20, 30, 40, 50, d=4, e=6, z=7))
print(f(1, c=9, d=8, b=1))

def g(*, only):
    return only
print(g(only="kw"))

def h(x, /, **kw):
    return x, kw
print(h(1, x=2))

errors = [
    lambda: f(d=4),
    lambda: f(1),
    lambda: f(1, b=2, d=4, a=9),
    lambda: g(1),
    lambda: f(1, 2, 3, d=4, c=5),
    lambda: (lambda a: a)(),
    lambda: (lambda: 0)(1),
    lambda: (lambda a, b: 0)(1, 2, 3),
]
for e in errors:
    try:
        e()
    except TypeError as exc:
        print("TypeError:", exc)
