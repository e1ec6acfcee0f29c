# The globals dict a hot loop's constants come from is updated, cleared and refilled, and written by exec, from code
# the loop calls. The same code object running with another globals dict (the module code executed in two namespaces)
# must see that dict's names.
SRC = compile("""
def run(n, hook, out):
    for i in range(n):
        out.append(K + W)
        list(map(hook, (i,)))
        out.append(K)
""", "<src>", "exec")

g = {"K": 1, "W": 10}
exec(SRC, g)


def do_update(i):
    if i == 60:
        g.update(K=2)
    if i == 90:
        g.update({"Z": 0})  # another key: nothing folded changes
    return i


def do_clear(i):
    if i == 70:
        run = g["run"]
        g.clear()
        g.update(K=3, W=30, run=run)
    return i


def do_exec(i):
    if i == 80:
        exec("K = 4\nW = W * 2", g)
    return i


for hook in (do_update, do_clear, do_exec):
    out = []
    g["run"](200, hook, out)
    print(hook.__name__, sum(out), out[:3], out[-3:])

other = {"K": 100, "W": 1000}
exec(SRC, other)
print(other["run"].__code__ is g["run"].__code__)
for round in range(3):
    for name, ns in (("other", other), ("g", g)):
        out = []
        ns["run"](200, lambda i: i, out)
        print(name, sum(out), out[-2:])
