# __int__, __float__, __index__, __bool__, __str__, __repr__, __format__, __bytes__, __hash__, __call__.
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __bool__(self):
        return self.v != 0
    def __str__(self):
        return f"Num {self.v}"
    def __repr__(self):
        return f"Num({self.v!r})"
    def __format__(self, spec):
        return f"<{format(self.v, spec)}>"
    def __bytes__(self):
        return str(self.v).encode()
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, Num) and o.v == self.v
    def __call__(self, x):
        return self.v * x

n = Num(3)
print(int(n), float(n), bool(n), bool(Num(0)), str(n), repr(n), f"{n:>4}", bytes(n))
print([10, 20, 30, 40][n], hex(n), bin(n), range(10)[n], "abcdef"[n:])
print(n(5), {n: "x"}[Num(3)], len({Num(1), Num(1)}), [Num(2)] == [Num(2)])
print(f"{n!s} {n!r}", "%s %r" % (n, n), format(n, ".2f"))
