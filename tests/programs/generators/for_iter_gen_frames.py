# A for loop over a generator runs the generator's frame in the caller's loop (FOR_ITER_GEN): every way of
# leaving that frame (yield, return, exception, break) must look as it does in CPython.
import sys


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "ignored by for"


def total(n):
    s = 0
    for v in count_up(n):
        s += v
    return s


print([total(n) for n in range(6)])
for _ in range(300):  # long enough for the loop to specialize and stay specialized
    assert total(10) == 45


def breaks_early():
    g = count_up(10)
    for v in g:
        if v == 3:
            break
    print("after break:", next(g), list(g))
    for v in g:  # exhausted
        print("never", v)
    print("finished loop over an exhausted generator")


breaks_early()


def raises_at(k):
    for i in range(5):
        if i == k:
            raise ValueError(f"bad {i}")
        yield i


def consume(k, quiet=False):
    got = []
    try:
        for v in raises_at(k):
            got.append(v)
    except ValueError as e:
        if quiet:
            return got
        print("caught", e, "after", got)
        tb = e.__traceback__
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print("traceback frames:", names)
    return got


for k in range(4):
    consume(k)
for _ in range(100):
    assert consume(2, quiet=True) == [0, 1]


def sees_caller():
    f = sys._getframe()
    yield f.f_back.f_code.co_name
    yield f.f_back.f_code.co_name if f.f_back else None


def caller_name():
    return [name for name in sees_caller()]


print("f_back while running:", caller_name())
g = sees_caller()
for name in g:
    print("running:", g.gi_running, "name:", name, "suspended back:", g.gi_frame.f_back)
    break


def self_iterating():
    yield 1
    for x in me:  # the generator is already running
        yield x


me = self_iterating()
try:
    for v in me:
        print("got", v)
except ValueError as e:
    print("ValueError:", e)
print("finished:", me.gi_frame is None)


def stops():
    yield 1
    raise StopIteration("inside")


try:
    for v in stops():
        print("stops yields", v)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def nested(depth):
    if depth == 0:
        yield "leaf"
        return
    for v in nested(depth - 1):
        yield f"{depth}:{v}"


print(list(nested(5)))


def deep(depth):
    yield from () if depth else ()
    for v in deep(depth + 1):
        yield v
    yield depth


try:
    for v in deep(0):
        pass
except RecursionError as e:
    print("RecursionError:", str(e)[:40])


def uncaught():
    yield 1
    1 / 0


for v in uncaught():
    print("uncaught yields", v)
