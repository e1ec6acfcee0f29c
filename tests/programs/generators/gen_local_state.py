# Each generator object has its own frame; locals persist between resumes independently.
def counter(name):
    count = 0
    while True:
        count += 1
        yield f"{name}{count}"
a, b = counter("a"), counter("b")
print(next(a), next(a), next(b), next(a), next(b))
def with_locals():
    x = 1
    yield x
    x += 10
    y = x * 2
    yield x, y
print(list(with_locals()))
