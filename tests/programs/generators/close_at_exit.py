# Suspended generators that module globals hold at exit are closed when the module is cleared, as CPython does.
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__)
        return False


def counted(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)


def managed(name):
    with Res(name):
        yield name


def plain():
    yield 1


g = counted("global")
next(g)
_private = counted("underscore")
next(_private)
m = managed("with")
next(m)
holder = [counted("list-first"), counted("list-second")]
for h in holder:
    next(h)
done = counted("finished")
list(done)
fresh = counted("never-started")
p = plain()
next(p)
print("end of program")
