# Async generator expressions and async comprehensions inside coroutines.
async def agen(n):
    for i in range(n):
        yield i

async def main():
    squares = (x * x async for x in agen(5))
    first = await squares.__anext__()
    rest = [v async for v in squares]
    evens = {x async for x in agen(6) if x % 2 == 0}
    return first, rest, sorted(evens), type(squares).__name__

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
