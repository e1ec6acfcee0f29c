# SyntaxWarnings of the tokenizer and the compiler, printed to stderr in CPython's format with the source line:
# invalid escapes (first per literal), "is" with a literal, calling or subscripting a literal, assert on a tuple.
def f(x):
    assert (x, "always true")
    assert x == 0
    if x is (1, 2): pass
    if x is -1: pass
    if 1 is not x: pass
    if x is None or x is True or x is ...: pass
    if x is b"a" or x is "s" or 0 < x is 2.5: pass
    a = [1]['a'] if x else 0
    b = 1[0] if x else 0
    c = "ab"(1) if x else 0
    d = [1](1) if x else 0
    e = f"x"(1) if x else 0
    g = {1}[0] if x else 0
    h = (1, 2)[1.5] if x else 0
    k = "\d" + "\d\w"
    m = ("\777", b"\q", "\9")
    n = f"\d{x}"
    o = (lambda: 1)[0] if x else 0
    p = None(1) if x else 0
    q = ([1, 2][0], (3, 4)[1], "ab"[1:], r"\d")
    return k, m, n, q


print(f(0))
try:
    pass
finally:
    y = 5 is 5
print(y, eval("'\\d' is 'x'"))
