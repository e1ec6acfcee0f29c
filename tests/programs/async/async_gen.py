# Async generators: async for over them, asend/athrow driven by hand.
async def agen(n):
    for i in range(n):
        yield i * i

async def consume():
    res = []
    async for v in agen(5):
        res.append(v)
    return res

def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value

print(run(consume()))
g = agen(3)
print(type(g).__name__)
print(run(g.__anext__()))
print(run(g.asend(None)))
print(run(g.__anext__()))
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("exhausted")
