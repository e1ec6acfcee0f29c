# reversed() on sequences, ranges, dicts and objects with __reversed__ or __len__/__getitem__.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __reversed__(self):
        return iter(range(1, self.n + 1))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed(range(0, 10, 3))))
print(list(reversed({"a": 1, "b": 2})), list(reversed(Countdown(3))), list(reversed(Seq())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
r = reversed([1, 2])
print(next(r), next(r), next(r, "end"))
