# Assignment expressions in conditions, comprehensions (binding in the enclosing scope) and loops.
data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("length", n)
def in_function():
    print([y for x in data if (y := x * 2) > 10], y)
    total = 0
    print([total := total + x for x in data], total)
in_function()
it = iter(data)
while (item := next(it, None)) is not None:
    if item > 10:
        print("first big", item)
        break
def f():
    [last := v for v in range(3)]
    return last
print(f(), (z := 5) + z)
