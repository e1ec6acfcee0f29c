# One code object runs with two globals dicts (the module code executed in two namespaces): a trace folded from one
# dict must not be used with the other, in the uop interpreter or as native code, and rebinding in one dict must
# not disturb the other's loop.
SRC = compile("""
def run(n):
    s = 0
    for i in range(n):
        s += i * SCALE + OFFSET
    return s
""", "<src>", "exec")

a = {"SCALE": 2, "OFFSET": 1}
b = {"SCALE": 5, "OFFSET": -3}
exec(SRC, a)
exec(SRC, b)
for r in range(5):
    print(a["run"](1000), b["run"](1000 + r))
a["SCALE"] = 7
print(a["run"](1000), b["run"](1000))
b["SCALE"] = 2.5
print(a["run"](1000), b["run"](1000))
