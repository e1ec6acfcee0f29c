import asyncio

async def fetch(x):
    await asyncio.sleep(0)
    return x

async def main(items):
    total = 0
    async for item in items:
        total += item
    else:
        total = -total
    async with items as ctx:
        total += await fetch(ctx)
    async with items:
        return total

async def agen():
    yield 1
    await fetch(2)

print(asyncio.run(main([])))
