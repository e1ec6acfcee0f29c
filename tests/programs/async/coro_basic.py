# A coroutine runs to completion when sent None; its return value travels in StopIteration.
async def add(a, b):
    return a + b

c = add(2, 3)
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
