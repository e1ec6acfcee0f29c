# Errors around coroutines: reusing an exhausted one, awaiting a non-awaitable, exceptions propagating.
async def simple():
    return 1

c = simple()
try:
    c.send(None)
except StopIteration:
    pass
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def bad():
    await 5

try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)

async def raiser():
    raise KeyError("k")

async def outer():
    try:
        await raiser()
    except KeyError as e:
        return "caught " + repr(e)

try:
    outer().send(None)
except StopIteration as e:
    print(e.value)

c = simple()
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
c.close()
