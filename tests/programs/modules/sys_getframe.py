# sys._getframe: the calling frames with f_back, f_code, f_globals, f_locals and f_lineno.
import sys


def inner():
    f = sys._getframe()
    caller = sys._getframe(1)
    return f.f_code.co_name, caller.f_code.co_name, f.f_back is caller, caller.f_lineno, f.f_globals is globals()


def outer():
    local_value = 5
    return inner(), sys._getframe().f_locals['local_value']


print(outer())
print(sys._getframe().f_code.co_name, sys._getframe().f_back, sys._getframe(0).f_lineno)
try:
    sys._getframe(100)
except ValueError as e:
    print("ValueError:", e)


def names(depth):
    out = []
    f = sys._getframe(depth)
    while f is not None:
        out.append(f.f_code.co_name)
        f = f.f_back
    return out


print(names(0), sorted(["b", "a"], key=lambda s: names(0)[1] + s))


def gen():
    yield sys._getframe(1).f_code.co_name


def driver():
    return next(gen())


print(driver(), [x for x in map(lambda _: sys._getframe(1).f_code.co_name, [1])])


class Meta(type):
    def __call__(cls, *args):
        return cls._make(*args)

    def _make(cls, *args):
        return sys._getframe(2).f_globals['__name__'], sys._getframe(1).f_code.co_name


class K(metaclass=Meta):
    pass


print(K())
print(type(sys._getframe()).__name__, sys._getframe().f_locals is globals())
