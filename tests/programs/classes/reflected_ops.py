# Reflected operands: subclass's reflected method goes first; every binary operator has a reflected form.
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"N({self.v})"

ops = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul", "divmod"]
for name in ops:
    def make(name):
        def r(self, other):
            return f"r{name}({other!r}, {self!r})"
        return r
    setattr(N, f"__r{name}__", make(name))

n = N(1)
print(2 + n, 2 - n, 2 * n, 2 / n, 2 // n, 2 % n, 2 ** n)
print(2 << n, 2 >> n, 2 & n, 2 | n, 2 ^ n, divmod(2, n))

class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"

class Sub(Base):
    def __radd__(self, o):
        return "Sub.__radd__"

print(Base() + Sub(), Sub() + Base(), Base() + Base())
