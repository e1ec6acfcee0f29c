# `yield from` and `await` run the delegate's frame in the delegating frame's loop (SEND_GEN): values, sends,
# return values, exceptions, throw/close and reuse must look as they do in CPython.
import asyncio


def inner(n):
    got = []
    for i in range(n):
        x = yield i
        got.append(x)
    return got


def outer(n):
    result = yield from inner(n)
    yield ("inner returned", result)


def drive(n):
    g = outer(n)
    out = [next(g)]
    try:
        while True:
            out.append(g.send(len(out) * 10))
    except StopIteration:
        pass
    return out


print(drive(3))
for _ in range(100):
    assert drive(4)[-1] == ("inner returned", [10, 20, 30, 40])


def failing():
    yield 1
    raise KeyError("deep")


def delegator():
    try:
        yield from failing()
    except KeyError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        yield ("caught", str(e), names)


for _ in range(60):
    r = list(delegator())
print(r)


def echo():
    try:
        while True:
            try:
                x = yield
            except ValueError as e:
                yield ("echo saw", str(e))
    finally:
        print("echo closed")


def wrapper():
    yield from echo()


w = wrapper()
next(w)
print(w.throw(ValueError("thrown in")))
w.close()


def nested(depth):
    if depth == 0:
        return "bottom"
    value = yield from nested(depth - 1)
    return value + "<" + str(depth)


def run_nested(depth):
    g = nested(depth)
    try:
        next(g)
    except StopIteration as stop:
        return stop.value


print(run_nested(5))
try:
    run_nested(100000)
except RecursionError as e:
    print("RecursionError:", e)


async def leaf(x):
    await asyncio.sleep(0)
    return x * 2


async def middle(x):
    return await leaf(x) + 1


async def top():
    total = 0
    for i in range(200):
        total += await middle(i)
    c = leaf(5)
    await c
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    return total


print(asyncio.run(top()))
