# athrow() into a paused async generator: handled (it yields again) or propagated (it finishes).
async def agen():
    try:
        yield "a"
        yield "b"
    except KeyError:
        yield "handled"
    finally:
        print("agen finally")

def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

g = agen()
print(run(g.asend(None)))
print(run(g.athrow(KeyError("k"))))
try:
    run(g.asend(None))
except StopAsyncIteration:
    print("finished")

g2 = agen()
run(g2.asend(None))
try:
    run(g2.athrow(ValueError("v")))
except ValueError as e:
    print("propagated:", e)
print(g2.ag_running, g2.ag_frame)
