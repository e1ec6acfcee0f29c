# async for with else (runs on exhaustion) and break (skips else), over an async generator.
async def count(n):
    for i in range(n):
        yield i
async def main():
    out = []
    async for i in count(3):
        out.append(i)
    else:
        out.append("else")
    async for i in count(5):
        if i == 2:
            break
    else:
        out.append("not reached")
    out.append(i)
    return out
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
