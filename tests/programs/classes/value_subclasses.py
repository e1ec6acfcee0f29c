# float, complex, bytes, tuple, frozenset and set subclasses keep their class; builtin operations return the
# base type, as in CPython.
class F(float):
    pass


f = F(2.5)
print(f, repr(f), f + 1, type(f + 1).__name__, type(f).__name__, round(f), f.is_integer(), f"{f:.2f}", -f)
print(type(float(f)).__name__, type(+f).__name__, type(f.real).__name__, F("1e3"), F(3), f == 2.5, hash(f) == hash(2.5))
print(f.hex(), f.as_integer_ratio(), int(f), f // 1, divmod(f, 2), type(abs(F(-1.0))).__name__, f > 2, 3 > f)


class Celsius(float):
    def __repr__(self):
        return f"{float(self)}C"

    def __add__(self, other):
        return Celsius(float(self) + other)


c = Celsius(20.5)
print(c, [c], c + 1, 1 + c, type(1 + c).__name__, f"{c}", f"{c:.0f}", str(c))


class C(complex):
    pass


z = C(1, 2)
print(z, z + 1, type(z).__name__, type(z + 1).__name__, z.real, z.imag, abs(C(3, 4)), z == 1 + 2j, z.conjugate())
print(type(complex(z)).__name__, -z, type(-z).__name__, C("1+1j"), C(), z * 1j)


class B(bytes):
    def first(self):
        return self[0]


b = B(b"ab")
print(b, type(b).__name__, b + b"c", type(b + b"c").__name__, b[0], len(b), b.decode(), b.first(), b == b"ab")
print(b.upper(), type(b.upper()).__name__, b * 2, type(b[:1]).__name__, list(b), b"a" in b, B(3), B([65, 66]))
print(hash(b) == hash(b"ab"), {b"ab": 1}[b], bytes(b), type(bytes(b)).__name__, repr(b), str(b))


class T(tuple):
    def total(self):
        return sum(self)


t = T((1, 2))
print(t, type(t).__name__, t + (3,), type(t + (3,)).__name__, t[0], len(t), t.total(), t == (1, 2), t * 2)
print(type(t[:]).__name__, hash(t) == hash((1, 2)), {(1, 2): 'k'}[t], T(), T("ab"), tuple(t), list(t))


class FS(frozenset):
    pass


fs = FS([1, 2])
print(fs, type(fs).__name__, fs | {3}, type(fs | {3}).__name__, 1 in fs, len(fs), FS(), hash(fs) == hash(frozenset([1, 2])))


class MS(set):
    def add_twice(self, x):
        self.add(x)
        self.add(x)


ms = MS([1])
ms.add(2)
ms.add_twice(3)
print(ms, type(ms).__name__, len(ms), MS(), type(ms | {9}).__name__)
ms |= {5}
print(ms, type(ms).__name__)
ms.label = "L"
print(ms.label, vars(ms))
