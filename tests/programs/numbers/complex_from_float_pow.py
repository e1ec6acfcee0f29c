# A negative float to a fractional power gives a complex result; complex() calls __complex__.
r = (-8) ** 0.5
print(type(r).__name__, round(r.real, 12), r.imag)
r = (-1.0) ** 0.5
print(round(r.real, 12), r.imag)

class Z:
    def __complex__(self):
        return 3 + 4j

class F:
    def __float__(self):
        return 2.5

class I:
    def __index__(self):
        return 7

print(complex(Z()), complex(F()), complex(I()), complex(F(), I()))
