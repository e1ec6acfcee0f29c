# A code's functions made again and again (closures, a def run once per namespace): each call must see its own
# function's closure cells and globals, however the interpreter reuses frames between calls.

def make(k):
    def walk(n):
        return k if n == 0 else walk(n - 1) + (n % k)
    return walk


totals = []
for k in range(1, 120):
    f = make(k)
    totals.append(f(40) + f(3))
print(sum(totals), totals[:5], totals[-3:])

source = """
def depth(n):
    return SCALE if n == 0 else depth(n - 1) + SCALE
result = [depth(30) for _ in range(3)]
"""
code = compile(source, "<generated>", "exec")
for scale in (1, 7, -2, 10 ** 20, 0.5, "ab"):
    namespace = {"SCALE": scale}
    exec(code, namespace)
    print(repr(namespace["result"][0])[:80], namespace["depth"].__globals__ is namespace)


def counter_factory():
    count = 0

    def bump(n):
        nonlocal count
        count += 1
        return bump(n - 1) if n else count
    return bump


bumps = [counter_factory() for _ in range(100)]
print([b(5) for b in bumps[:3]], [b(70) for b in bumps[-2:]], sum(b(2) for b in bumps))
