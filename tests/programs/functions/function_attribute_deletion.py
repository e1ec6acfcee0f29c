# Deleting and assigning the attributes of functions and exceptions: each one either resets (to None, {} or
# nothing) or raises CPython's error, never a Java one; generic functions keep their __type_params__.

def f(a=1, *, b=2):
    "doc"


def show(obj, name, action):
    try:
        action()
        print(name, "->", repr(getattr(obj, name, "<missing>")))
    except Exception as e:
        print(name, type(e).__name__, e)


for name in ["__code__", "__defaults__", "__kwdefaults__", "__globals__", "__closure__", "__builtins__",
             "__name__", "__qualname__", "__doc__", "__dict__", "__annotations__", "__module__",
             "__type_params__"]:
    show(f, name, lambda: delattr(f, name))

print(f.__defaults__, f.__kwdefaults__)
try:
    f()
except TypeError as e:
    print("the defaults are gone:", e)
print(f(7, b=8) is None)


def g(x: int = 3) -> str:
    pass


for value in [1, None, (1,), {}, "s", {"x": int}]:
    for name in ["__defaults__", "__kwdefaults__", "__annotations__", "__name__", "__qualname__", "__doc__",
                 "__type_params__", "__module__"]:
        show(g, name, lambda: setattr(g, name, value))


def h[T, *Ts, **P](x: T) -> T:
    return x


print(h.__type_params__, [type(p).__name__ for p in h.__type_params__])
print(h(5), "__type_params__" in h.__dict__, sorted(h.__dict__))

e = ValueError(1, 2)
for name in ["args", "__traceback__", "__cause__", "__context__", "__suppress_context__", "__notes__"]:
    show(e, name, lambda: delattr(e, name))

for name, value in [("__cause__", 1), ("__context__", "x"), ("__traceback__", 1), ("__cause__", None),
                    ("__cause__", KeyError("k")), ("__suppress_context__", 0), ("__suppress_context__", False),
                    ("args", 5), ("args", [1, 2]), ("args", "ab")]:
    show(e, name, lambda: setattr(e, name, value))

try:
    try:
        raise KeyError("inner")
    except KeyError as inner:
        outer = RuntimeError("outer")
        outer.__context__ = inner
        outer.__suppress_context__ = True
        raise outer
except RuntimeError as caught:
    print(repr(caught.__context__), caught.__suppress_context__, caught.__cause__)
