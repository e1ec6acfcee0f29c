def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

g = fib()
print([next(g) for _ in range(10)])

def echo():
    received = yield "start"
    while received != "stop":
        received = yield f"got {received}"
    return "done"

e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send("stop")
except StopIteration as s:
    print("StopIteration", s.value)

def chain(*its):
    for it in its:
        yield from it

print(list(chain([1, 2], "ab", range(3))))

def delegator():
    result = yield from sub()
    yield f"sub returned {result}"

def sub():
    yield 1
    yield 2
    return 3

print(list(delegator()))
squares = (x * x for x in range(5))
print(sum(squares), sum(squares), list(x for x in "abc"))
print(dict((k, len(k)) for k in ["a", "bb"]), max(x % 5 for x in range(12)))

def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("countdown closed")

cd = countdown(2)
print(next(cd))
cd.close()
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"))

class Range2:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

print(list(Range2(4)), [x for x in Range2(2)])
gen = (i for i in range(3))
print(type(gen).__name__, list(gen), list(gen))

def thrower():
    try:
        yield 1
    except ValueError as ex:
        yield f"caught {ex}"

t = thrower()
print(next(t), t.throw(ValueError("boom")))
