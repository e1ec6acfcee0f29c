# Async comprehensions (list, set, dict, with conditions) and await inside comprehensions.
async def agen(n):
    for i in range(n):
        yield i

async def double(x):
    return x * 2

async def main():
    a = [x async for x in agen(5)]
    b = [x async for x in agen(10) if x % 3 == 0]
    c = {x: x * x async for x in agen(4)}
    d = [await double(x) for x in range(4)]
    e = sorted({x % 2 async for x in agen(6)})
    return a, b, c, d, e

try:
    main().send(None)
except StopIteration as e:
    for part in e.value:
        print(part)
