# An exception escaping a coroutine driven by hand propagates out of send(), uncaught.
async def step(n):
    if n > 2:
        raise OverflowError(f"step {n} too large")
    return n
async def main():
    total = 0
    for i in range(5):
        total += await step(i)
    return total
main().send(None)
