# Generator functions take any argument kinds; defaults bind at call time of the generator function.
def gen(start, *steps, scale=1, **labels):
    value = start
    for s in steps:
        value += s * scale
        yield labels.get(str(s), value)

print(list(gen(0, 1, 2, 3)), list(gen(10, 5, scale=2, **{"5": "five"})))
g = gen(1, 1)
print(type(g).__name__, g.__name__, list(g), list(g))
