# await of one coroutine inside another, driven by a tiny loop.
async def leaf(x):
    return x * 2

async def middle(x):
    a = await leaf(x)
    b = await leaf(a)
    return a + b

async def top():
    total = 0
    for i in range(4):
        total += await middle(i)
    return total

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(run(top()))
