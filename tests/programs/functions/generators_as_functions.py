# Calling a generator function returns a generator immediately; no body code runs until next().
def g():
    print("body starts")
    yield 1
    print("body ends")

it = g()
print("created", type(it).__name__)
print(next(it))
print(list(it))
print(list(g()))
