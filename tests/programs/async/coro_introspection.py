# Coroutine objects: __name__, __qualname__, cr_running/cr_frame states, inspect-free flags.
class Pause:
    def __await__(self):
        yield

async def work():
    await Pause()
    return 7

class Holder:
    async def method(self):
        return 1

c = work()
print(c.__name__, c.__qualname__)
m0 = Holder().method()
print(m0.__qualname__)
m0.close()
print(c.cr_running)
print(c.cr_frame is not None)
c.send(None)
try:
    c.send(None)
except StopIteration as e:
    print("ret", e.value)
print(c.cr_frame)
print(type(c).__name__)
m = Holder().method()
m.close()
