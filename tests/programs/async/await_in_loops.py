# await inside for/while loops and conditionals, with results accumulated across suspensions.
class Tick:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield self.v
        return got if got is not None else self.v
async def producer(n):
    results = []
    i = 0
    while i < n:
        if i % 2:
            results.append(await Tick(i))
        else:
            results.append(-(await Tick(i)))
        i += 1
    return results
c = producer(5)
seen = []
try:
    v = c.send(None)
    while True:
        seen.append(v)
        v = c.send(v * 100)
except StopIteration as e:
    print(seen, e.value)
