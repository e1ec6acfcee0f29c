# Calls tier 2 does not inline (generators, keyword arguments, defaults, *args, closures) run correctly inside
# traced loops.


def gen(n):
    for i in range(n):
        yield i


def kw(a, b=2, *, c=3):
    return a + b + c


def star(*args):
    return len(args)


def defaults(a, b=10):
    return a * b


def make_adder(k):
    def add(x):
        return x + k
    return add


def loop(n):
    t = 0
    add5 = make_adder(5)
    for i in range(n):
        t += sum(gen(3))
        t += kw(i, c=1) + kw(i, b=i)
        t += star(i, i, i) + defaults(i)
        t += add5(i)
    return t


print(loop(2000))
