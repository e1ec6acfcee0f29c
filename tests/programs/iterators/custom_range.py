# A range-like class with __len__, __getitem__ (ints and slices), __contains__ and __iter__.
class MyRange:
    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step
    def __len__(self):
        return max(0, (self.stop - self.start + self.step - (1 if self.step > 0 else -1)) // self.step)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("MyRange index out of range")
        return self.start + i * self.step
    def __iter__(self):
        for i in range(len(self)):
            yield self[i]
r = MyRange(2, 20, 3)
print(len(r), list(r), r[-1], r[1:4], r[::-2], 8 in r, 9 in r, list(MyRange(5, 0, -2)))
