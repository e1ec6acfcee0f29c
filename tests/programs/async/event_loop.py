# A round-robin scheduler over coroutines that yield control through a custom awaitable.
class Yield:
    def __await__(self):
        yield

async def task(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await Yield()
    return name.upper()

def run_all(coros):
    results = {}
    ready = list(coros.items())
    while ready:
        name, c = ready.pop(0)
        try:
            c.send(None)
            ready.append((name, c))
        except StopIteration as e:
            results[name] = e.value
    return results

log = []
res = run_all({"a": task("a", 3, log), "b": task("b", 1, log), "c": task("c", 2, log)})
print(log)
print(res)
