# Exceptions raised inside a generator propagate to the consumer and finish the generator.
def risky():
    yield 1
    raise ValueError("inside")
    yield 2

g = risky()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
print(next(g, "exhausted"))
def wrapper():
    try:
        yield from risky()
    except ValueError:
        yield "recovered"
print(list(wrapper()))
