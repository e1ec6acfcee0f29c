# A coroutine's __await__() gives an iterator driving the same coroutine.
async def value():
    return 42
c = value()
w = c.__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("result", e.value)
class Delegate:
    def __await__(self):
        return value().__await__()
async def use():
    return await Delegate() + 1
try:
    use().send(None)
except StopIteration as e:
    print(e.value)
