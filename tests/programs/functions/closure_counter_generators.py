# Closures shared between several inner functions and generators that capture them.
def make_pair():
    state = {"n": 0}
    def inc():
        state["n"] += 1
        return state["n"]
    def gen():
        while state["n"] < 5:
            yield inc()
    return inc, gen
inc, gen = make_pair()
inc()
print(list(gen()), inc())
def fib_closure():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        a, b = b, a + b
        return a
    return nxt
f = fib_closure()
print([f() for _ in range(10)])
