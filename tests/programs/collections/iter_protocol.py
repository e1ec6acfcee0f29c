# The iterator protocol: __iter__/__next__, iter() with sentinel, __getitem__ fallback, exhaustion.
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)), [x for x in Countdown(2)])
it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
values = iter([5, 4, 0, 3])
print(list(iter(lambda: next(values), 0)))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
c = Countdown(2)
print(list(c), list(c), iter(c) is c)
