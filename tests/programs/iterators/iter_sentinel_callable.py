# iter(callable, sentinel) calls until the sentinel appears; works with closures and bound methods.
data = [3, 1, 4, 1, 5, 9, 0, 2]
it = iter(data)
print(list(iter(it.__next__, 0)))
counter = 0
def tick():
    global counter
    counter += 1
    return counter
print(list(iter(tick, 5)))
lines = ["a", "b", "", "c"]
pos = iter(lines)
print(list(iter(lambda: next(pos), "")))
