# StopIteration raised by hand from __next__ ends for loops; next() with default swallows it.
class Three:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration("done")
        return self.i
print(list(Three()), next(Three()), next(iter([]), "empty"))
it = Three()
for x in it:
    pass
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
