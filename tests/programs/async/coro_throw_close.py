# throw() into a suspended coroutine, and close() running its finally block.
class Pause:
    def __await__(self):
        yield "paused"

async def guarded():
    try:
        await Pause()
        print("not reached")
    except ValueError as e:
        print("handled", e)
        await Pause()
        return "recovered"
    finally:
        print("finally runs")

c = guarded()
print(c.send(None))
print(c.throw(ValueError("boom")))
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)

c2 = guarded()
c2.send(None)
c2.close()
print("closed")
