# A class with __await__ returning a generator that yields to the driver.
class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield self.tag
        return got

async def worker():
    a = await Suspend("first")
    b = await Suspend("second")
    return a + b

c = worker()
print(c.send(None))
print(c.send(10))
try:
    c.send(32)
except StopIteration as e:
    print("done", e.value)
