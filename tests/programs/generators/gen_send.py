# send() delivers values into yield expressions; a fresh generator only accepts None.
def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

g = accumulate()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)
print(g.send(None))
for v in [1, 2, 3]:
    print(g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)

def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    yield received

e = echo()
print(next(e), e.send("a"), e.send("b"), e.send("c"))
