# An async generator that awaits between yields: the awaits' suspensions reach the driver.
class Sleep:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield ("sleep", self.tag)
        return got

async def ticks(n):
    for i in range(n):
        woke = await Sleep(i)
        yield (i, woke)

async def main():
    out = []
    async for item in ticks(3):
        out.append(item)
    return out

c = main()
step = c.send(None)
count = 0
try:
    while True:
        print("driver saw", step)
        count += 1
        step = c.send(f"wake{count}")
except StopIteration as e:
    print("result", e.value)
