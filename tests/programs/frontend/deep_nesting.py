# Deep but legal nesting compiles; what goes too far is a SyntaxError, not a crash
ns = {}
exec("x = " + "(" * 199 + "1" + ")" * 199, ns)
print("199 parentheses:", ns["x"])

exec("y = " + "-" * 1000 + "1", ns)
print("1000 minus signs:", ns["y"])

exec("".join(" " * i + "for i%d in range(1):\n" % i for i in range(20)) + " " * 20 + "z = 20\n", ns)
print("20 nested loops:", ns["z"])

for source in ["(" * 201 + ")" * 201,
               "".join(" " * i + "for i%d in range(1):\n" % i for i in range(22)) + " " * 22 + "pass\n",
               "".join(" " * i + "if 1:\n" for i in range(101)) + " " * 101 + "pass\n"]:
    try:
        compile(source, "<deep>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)

# past CPython's limits the errors are not SyntaxErrors: the compiler's recursion limit (its exact value depends
# on how deep the caller already is, so these stay clear of it), the parser's stack
for source in ["x = a" + ".b" * 9990, "x = a" + ".b" * 10010, "x = " + " + ".join(["a"] * 12000),
               "x = " + "-" * 5966 + "1", "x = " + "-" * 5967 + "1", "x = " + "not " * 8000 + "1"]:
    try:
        compile(source, "<deep>", "exec")
        print("compiled", len(source))
    except (RecursionError, MemoryError) as e:
        print(type(e).__name__, e)
