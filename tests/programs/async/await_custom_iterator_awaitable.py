# __await__ may return any iterator, not only a generator; its StopIteration value is the await result.
class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n
class Countdown:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        return CountdownIter(self.n)
async def launch():
    return await Countdown(3)
c = launch()
steps = []
try:
    while True:
        steps.append(c.send(None))
except StopIteration as e:
    print(steps, e.value)
