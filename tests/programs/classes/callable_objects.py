# Instances with __call__ behave like functions: counters, partial application, callable().
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return (args, kwargs)

c = Counter()
print(c(1), c(a=2), c.calls, callable(c), callable(Counter))
class Partial:
    def __init__(self, fn, *bound):
        self.fn, self.bound = fn, bound
    def __call__(self, *more):
        return self.fn(*self.bound, *more)
add3 = Partial(lambda a, b, c: a + b + c, 1, 2)
print(add3(10), list(map(Partial(pow, 2), range(5))))
