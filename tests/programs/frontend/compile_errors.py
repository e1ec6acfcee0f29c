# compile() reports syntax errors as SyntaxError objects with CPython's attributes
sources = [
    "x = (1,",
    "f() = 1",
    "if x = 1:\n    pass",
    "print 'hello'",
    "def f(a, a): pass",
    "for x in range(3):\nprint(x)",
    "if True:\n\tx = 1\n        y = 2",
    "x = 0777",
    "f'{x!z}'",
    "[a, b for a, b in c]",
    "nonlocal x",
    "def f():\n    x = 1\n    global x",
    "try:\n    pass\nexcept A:\n    pass\nexcept* B:\n    pass",
    "x = " + "(" * 250 + ")" * 250,
    "lambda: (yield)",
    "match x:\n    case a | b:\n        pass",
]
for source in sources:
    try:
        compile(source, "<test>", "exec")
        print("compiled:", repr(source))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

try:
    exec("def broken(:\n    pass")
except SyntaxError as e:
    print("exec:", e.msg, e.filename, e.lineno)

try:
    eval("1 +")
except SyntaxError as e:
    print("eval:", e.msg, e.lineno, e.offset)
