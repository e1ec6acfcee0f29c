# Exceptions thrown into a coroutine awaiting another coroutine reach the innermost awaiter first.
class Pause:
    def __await__(self):
        try:
            yield "paused"
        except KeyError:
            print("Pause saw KeyError")
            raise

async def inner():
    try:
        await Pause()
    except KeyError as e:
        return f"inner handled {e!r}"

async def outer():
    r = await inner()
    return "outer got " + r

c = outer()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
