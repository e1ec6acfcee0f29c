# Positional-only parameters cannot be passed by keyword, but the name may be reused in **kwargs.
def f(a, b, /, c):
    return a, b, c
print(f(1, 2, 3), f(1, 2, c=3))
try:
    f(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2, y=3))
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
