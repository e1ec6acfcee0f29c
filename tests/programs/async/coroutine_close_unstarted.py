# Closing an unstarted coroutine marks it done; sending afterwards is an error. Closing suspended ones runs finally.
class P:
    def __await__(self):
        yield
async def work():
    try:
        await P()
        await P()
    finally:
        print("work finally")
c = work()
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
d = work()
d.send(None)
print(d.close())
print(d.cr_frame, d.cr_suspended if hasattr(d, "cr_suspended") else "n/a")
