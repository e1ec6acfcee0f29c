# str() and repr() of common exceptions raised by the runtime.
cases = [
    lambda: 1 / 0,
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: int("x"),
    lambda: None.attr,
    lambda: undefined_variable,
    lambda: "a" + 1,
    lambda: [1, 2, 3][10],
    lambda: iter(5),
    lambda: (1, 2).append(3),
]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__, "|", str(e), "|", repr(e))
