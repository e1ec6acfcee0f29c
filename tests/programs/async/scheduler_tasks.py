# A small task scheduler with sleeping tasks, a ready queue and join-like waiting.
class SleepFor:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ("sleep", self.ticks)

class Scheduler:
    def __init__(self):
        self.now = 0
        self.waiting = []
        self.results = {}
        self.order = []
    def spawn(self, name, coro):
        self.waiting.append((self.now, len(self.order), name, coro))
        self.order.append(name)
    def run(self):
        while self.waiting:
            self.waiting.sort()
            wake, _, name, coro = self.waiting.pop(0)
            self.now = max(self.now, wake)
            try:
                cmd, ticks = coro.send(None)
                self.waiting.append((self.now + ticks, self.order.index(name), name, coro))
            except StopIteration as e:
                self.results[name] = (e.value, self.now)

async def worker(name, delays, log):
    for d in delays:
        await SleepFor(d)
        log.append(f"{name}@{d}")
    return name.upper()

log = []
s = Scheduler()
s.spawn("a", worker("a", [3, 1], log))
s.spawn("b", worker("b", [1, 1, 1], log))
s.spawn("c", worker("c", [2], log))
s.run()
print(log)
print(s.results)
