# throw() travels down a chain of yield from; the innermost handler that matches takes it.
def level3():
    try:
        yield "l3"
    except KeyError:
        yield "l3 handled KeyError"
def level2():
    try:
        yield from level3()
    except ValueError:
        yield "l2 handled ValueError"
def level1():
    yield from level2()
    yield "l1 end"
g = level1()
print(next(g), g.throw(KeyError), next(g))
g = level1()
print(next(g), g.throw(ValueError), next(g))
