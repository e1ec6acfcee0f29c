# close() raises GeneratorExit at the paused yield: finally blocks and except GeneratorExit run.
def counter():
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("finally of counter")

g = counter()
print(next(g), next(g))
g.close()
print("closed")
g.close()
try:
    next(g)
except StopIteration:
    print("exhausted after close")

def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise

c = catcher()
next(c)
c.close()

fresh = counter()
fresh.close()
print("closing an unstarted generator runs nothing")
