# A generator's return value becomes StopIteration.value; StopIteration inside becomes RuntimeError.
def g():
    yield 1
    return [1, 2]

it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)

def leaky():
    yield 1
    raise StopIteration("oops")

try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def empty():
    return
    yield

print(list(empty()), next(empty(), "default"))
