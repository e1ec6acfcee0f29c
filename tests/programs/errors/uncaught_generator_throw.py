# An exception thrown into a generator that does not handle it propagates to the caller, uncaught.
def worker():
    while True:
        yield "working"
g = worker()
print(next(g))
g.throw(RuntimeError("stop working"))
