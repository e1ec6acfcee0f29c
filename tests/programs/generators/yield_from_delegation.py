# yield from passes send/throw/close through to the sub-generator and returns its value.
def inner():
    try:
        got = yield "inner-1"
        print("inner got", got)
        yield "inner-2"
    except ValueError as e:
        print("inner handled", e)
        yield "inner-after-throw"
    finally:
        print("inner finally")
    return "inner-result"

def outer():
    result = yield from inner()
    print("outer got result", result)
    yield "outer-end"

g = outer()
print(next(g))
print(g.send("hello"))
print(g.throw(ValueError("v")))
print(next(g))
print(next(g, "done"))

g2 = outer()
next(g2)
g2.close()
print("closed g2")

def gen_list():
    yield from [1, 2]
    yield from range(3, 5)
    yield from "ab"
    return (yield from ())

print(list(gen_list()))
