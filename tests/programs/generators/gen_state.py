# Generator introspection: gi_running, gi_suspended, gi_frame, gi_yieldfrom and the running check.
def gen():
    yield 1
    yield 2

g = gen()
print(g.gi_running, g.gi_suspended, g.gi_frame is not None, g.__name__)
next(g)
print(g.gi_suspended, g.gi_yieldfrom)
list(g)
print(g.gi_frame, g.gi_suspended)

def delegating():
    yield from gen()

d = delegating()
next(d)
print(type(d.gi_yieldfrom).__name__)

def reentrant():
    yield me.send(None)

me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(gen().gi_code.co_name)
