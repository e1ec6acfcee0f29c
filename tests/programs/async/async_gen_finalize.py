# Async generator: aclose() runs finally; athrow() is delivered at the yield.
async def agen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("got", e)
        yield 99
    finally:
        print("cleanup")

def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value

g = agen()
print(run(g.__anext__()))
print(run(g.athrow(ValueError("x"))))
run(g.aclose())
print("after aclose")

g2 = agen()
print(run(g2.__anext__()))
print(run(g2.__anext__()))
try:
    run(g2.__anext__())
except StopAsyncIteration:
    print("stop")
