# Return values flow through await chains; exceptions inside awaited coroutines propagate with context.
async def leaf(n):
    if n == 0:
        raise LookupError("bottom")
    return n

async def chain(n):
    try:
        return await leaf(n) + await leaf(n - 1)
    except LookupError as e:
        raise RuntimeError("chain failed") from e

def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value

print(run(chain(3)))
try:
    run(chain(1))
except RuntimeError as e:
    print("RuntimeError:", e, "<-", repr(e.__cause__))
