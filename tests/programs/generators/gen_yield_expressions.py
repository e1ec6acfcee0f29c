# yield as an expression: in assignments, arguments, and with parentheses in larger expressions.
def g():
    x = yield 1
    y = (yield x) + 10
    z = yield (yield y) * 2
    print("z =", z)

it = g()
print(next(it))
print(it.send("a"))
print(it.send(5))
print(it.send(3))
try:
    it.send("last")
except StopIteration:
    print("done")
