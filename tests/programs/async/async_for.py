# async for over a class with __aiter__/__anext__ raising StopAsyncIteration.
class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    out = []
    async for x in Counter(4):
        out.append(x)
    else:
        out.append("else")
    async for x in Counter(10):
        if x == 3:
            break
        out.append(x * 10)
    return out

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
