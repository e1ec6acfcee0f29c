# Old-style iteration through __getitem__ (IndexError ends it) and membership tests using it.
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
s = Squares(5)
print(list(s), 9 in s, 10 in s, sum(s), sorted(s, reverse=True), [x for x in s if x % 2])
a, b, *rest = Squares(4)
print(a, b, rest)
