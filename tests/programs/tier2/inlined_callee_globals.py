# Globals read inside functions that a hot loop calls (tier 2 inlines the calls and folds those globals into
# constants): rebinding one from inside the loop, a callee whose code runs with another module's globals,
# and a call result whose class changes mid-loop (the attribute access after it is specialized on the class
# seen before).
SCALE = 2


def scaled(v):
    return v * SCALE + OFFSET


OFFSET = 1


def run(n):
    total = 0
    for i in range(n):
        total += scaled(i)
        if i == n // 2:
            global SCALE
            SCALE = 3
    return total


print(run(400))

# the same code object with two globals dicts: exec'd twice, each function reads its own OFFSET
src = """
def scaled(v):
    return v * SCALE + OFFSET

def mixed(n, other):
    t = 0
    for i in range(n):
        f = scaled if i % 100 < 60 else other
        t += f(i)
    return t
"""
ns_a = {"SCALE": 10, "OFFSET": 0}
ns_b = {"SCALE": 10, "OFFSET": 5}
code = compile(src, "<ns>", "exec")
exec(code, ns_a)
exec(code, ns_b)
print(ns_a["mixed"](1000, ns_b["scaled"]), ns_b["mixed"](1000, ns_a["scaled"]))


class P:
    def __init__(self, x):
        self.x = x

    def step(self):
        return make(self.x + 1)


class Q:
    def __init__(self, x):
        self.x = x + 7

    def step(self):
        return make(self.x + 1)


def make(x):
    return P(x) if x < 300 else Q(x)


def walk(n):
    p = P(0)
    xs = 0
    for _ in range(n):
        p = p.step()
        xs += p.x
    return xs, type(p).__name__


print(walk(400))
