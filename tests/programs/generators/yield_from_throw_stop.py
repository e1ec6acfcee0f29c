# throw() into a delegating generator whose sub-generator returns on it: the return value arrives.
def sub():
    try:
        yield 1
    except KeyError:
        return "sub returned"

def main():
    r = yield from sub()
    yield r

g = main()
print(next(g))
print(g.throw(KeyError))

class Iter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n

def deleg():
    yield from Iter()

g = deleg()
print(list(g))
g = deleg()
next(g)
try:
    g.throw(RuntimeError("no throw method on the iterator"))
except RuntimeError as e:
    print("RuntimeError:", e)
