# One method-call site that sees instances of several classes (self.handle(x) in a base-class method), and
# one call site that sees several functions: whichever classes or functions come second and third, calls
# must find the method Python finds (instance attributes that shadow it, static and class methods,
# __getattribute__, a method replaced while the site is hot) and bind arguments as Python does (defaults,
# *args, keyword-only parameters, closures).


class Task:
    def __init__(self, ident):
        self.ident = ident

    def run(self, x):
        return self.handle(x)


class Worker(Task):
    def handle(self, x):
        return ("worker", self.ident, x * 2)


class Device(Task):
    def handle(self, x):
        return ("device", self.ident, x + 1)


class Printer(Task):
    def handle(self, x):
        return ("printer", self.ident, -x)


class Shadowed(Task):
    def handle(self, x):
        return ("class method", x)


class Static(Task):
    @staticmethod
    def handle(x):
        return ("static", x)


class Classy(Task):
    @classmethod
    def handle(cls, x):
        return ("classmethod", cls.__name__, x)


class Intercepting(Task):
    def __getattribute__(self, name):
        if name == "handle":
            return lambda x: ("intercepted", x)
        return object.__getattribute__(self, name)

    def handle(self, x):
        return ("never", x)


class WithDefault(Task):
    def handle(self, x, y=100):
        return ("default", x, y)


class WithVarargs(Task):
    def handle(self, *args):
        return ("varargs", args)


class WithKwonly(Task):
    def handle(self, x, *, scale=3):
        return ("kwonly", x * scale)


def run_all(tasks, rounds):
    out = []
    for r in range(rounds):
        for t in tasks:
            out.append(t.run(r))
    return out


w, d, p = Worker(1), Device(2), Printer(3)
print(run_all([w, d], 60)[-4:])
print(run_all([w, d, p], 60)[-6:])
print(run_all([d, w], 60)[-4:])

s = Shadowed(4)
s.handle = lambda x: ("instance attribute", x)
print(run_all([w, d, s], 40)[-3:])
print(run_all([w, Static(5), Classy(6), d], 40)[-4:])
print(run_all([w, d, Intercepting(7)], 40)[-3:])
print(run_all([w, d, WithDefault(8), WithVarargs(9), WithKwonly(10)], 40)[-5:])

# the method replaced on the class while the site is hot, then restored
print(run_all([w, d], 60)[-2:])
original = Device.handle
Device.handle = lambda self, x: ("replaced", x)
print(run_all([w, d], 10)[-2:])
Device.handle = original
print(run_all([w, d], 60)[-2:])
del Device.handle  # back to the base class, which has none
try:
    run_all([w, d], 1)
except AttributeError as e:
    print("AttributeError:", e)
Device.handle = original


def double(x):
    return x * 2


def negate(x):
    return -x


def offset_by(k):
    def offset(x):
        return x + k
    return offset


def two_args(x, y):
    return x + y


def with_default(x, y=7):
    return x * y


def star(*args):
    return args


def kwonly(x, *, z=5):
    return x - z


def call_each(fns, rounds):
    out = []
    for r in range(rounds):
        for fn in fns:
            out.append(fn(r))
    return out


print(call_each([double, negate], 60)[-4:])
print(call_each([double, negate, offset_by(10)], 60)[-6:])
print(call_each([offset_by(1), offset_by(2)], 60)[-4:])
print(call_each([double, with_default, star, kwonly], 40)[-4:])
try:
    call_each([double, two_args], 40)
except TypeError as e:
    print("TypeError:", e)
print(call_each([double, negate, abs], 40)[-3:])  # a builtin third

# a function's code replaced while the site is hot
print(call_each([double, negate], 60)[-2:])
negate.__code__ = double.__code__
print(call_each([double, negate], 10)[-2:])


def probe_call(o, x):
    return o.handle(x)


def probe_fn(fn, x):
    return fn(x)


def triple(x):
    return x * 3


def halve(x):
    return x // 2
