# A gather-like helper running several coroutines round-robin and collecting results in order.
class Yield:
    def __await__(self):
        yield

async def job(name, steps):
    total = 0
    for i in range(steps):
        total += i
        await Yield()
    return f"{name}:{total}"

def gather(*coros):
    results = [None] * len(coros)
    pending = list(enumerate(coros))
    rounds = 0
    while pending:
        rounds += 1
        still = []
        for idx, c in pending:
            try:
                c.send(None)
                still.append((idx, c))
            except StopIteration as e:
                results[idx] = e.value
        pending = still
    return results, rounds

print(gather(job("a", 3), job("b", 1), job("c", 5)))
