# aiter() and anext() builtins, anext with a default, and their errors.
class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def main():
    it = aiter(Ticker(2))
    a = await anext(it)
    b = await anext(it)
    c = await anext(it, "default")
    try:
        await anext(it)
    except StopAsyncIteration:
        d = "stopped"
    return a, b, c, d

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value

print(run(main()))
for bad in [lambda: aiter(5), lambda: anext(5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
