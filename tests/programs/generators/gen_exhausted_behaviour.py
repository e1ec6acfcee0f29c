# Exhausted generators keep raising StopIteration; send/throw on them behave accordingly.
def one():
    yield 1
g = one()
print(list(g), list(g), next(g, None))
try:
    g.send(None)
except StopIteration:
    print("send on exhausted: StopIteration")
try:
    g.throw(ValueError("late"))
except ValueError as e:
    print("throw on exhausted re-raises:", e)
print(g.gi_frame, g.gi_running)
