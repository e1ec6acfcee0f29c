# Separate iterable and iterator classes, iteration restarts per iter(), itertools-free helpers.
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)

class Range2Iter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i - 1

r = Range2(3)
print(list(r), list(r), sum(r), [(a, b) for a in r for b in r if a < b])
it = iter(r)
print(next(it), list(it), next(it, "done"))
def chunks(seq, n):
    it = iter(seq)
    while True:
        chunk = []
        for _ in range(n):
            try:
                chunk.append(next(it))
            except StopIteration:
                if chunk:
                    yield chunk
                return
        yield chunk
print(list(chunks(range(7), 3)), list(chunks([], 2)))
