# complex literals, constructor forms, attributes and repr rules (zero real part, negative zero, inf/nan).
values = [1j, 2 + 3j, -1.5j, 3 - 0j, complex(), complex(2), complex(1.5, -2), complex(imag=4),
          complex(real=-1), complex(1j, 1j), complex(-0.0, -0.0), complex(0.0, -0.0), 1e20j + 1,
          complex(float("inf"), float("nan")), complex(-float("inf"), 1)]
for v in values:
    print(repr(v), str(v), v.real, v.imag)
print(type(1j).__name__, isinstance(1j, complex))
print((3 + 4j).conjugate(), (2).conjugate(), (2.5).imag, (7).real)
print(bool(0j), bool(1j), bool(complex(0, -0.0)))
