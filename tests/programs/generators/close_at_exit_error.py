# After an uncaught exception's traceback, the suspended generators of the module's globals are still closed.
def gen():
    try:
        yield 1
    finally:
        print("finally after the traceback")


g = gen()
next(g)
raise ValueError("boom")
