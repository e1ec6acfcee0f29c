# throw() raises inside the generator at the yield; handled exceptions let it continue.
def worker():
    total = 0
    while True:
        try:
            x = yield total
            total += x
        except ValueError as e:
            print("recovered from", e)
            total = -1
        except KeyError:
            print("giving up")
            return total

g = worker()
next(g)
print(g.send(5))
print(g.send(10))
print(g.throw(ValueError("bad")))
print(g.send(3))
try:
    g.throw(KeyError("k"))
except StopIteration as e:
    print("returned", e.value)

def plain():
    yield 1

p = plain()
try:
    p.throw(TypeError("before start"))
except TypeError as e:
    print("unstarted generator re-raises:", e)
try:
    next(p)
except StopIteration:
    print("and is finished")
p2 = plain()
try:
    p2.throw(TypeError)
except TypeError as e:
    print("class thrown:", repr(e))
