# A coroutine can only be awaited once; awaiting an awaited coroutine raises RuntimeError.
class Pause:
    def __await__(self):
        yield "p"

async def child():
    await Pause()
    return "child done"

async def parent(c):
    return await c

c = child()
p = parent(c)
print(p.send(None))
try:
    p.send(None)
except StopIteration as e:
    print(e.value)

async def again():
    return await c
try:
    again().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
