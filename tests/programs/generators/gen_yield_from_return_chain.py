# Return values bubble up through several yield from levels.
def leaf(n):
    yield n
    return n * 10
def mid(n):
    a = yield from leaf(n)
    b = yield from leaf(n + 1)
    return a + b
def top():
    r = yield from mid(1)
    yield ("result", r)
print(list(top()))
