# Operations complex does not support raise CPython's errors.
tests = [
    lambda: 1j / 0,
    lambda: (1 + 1j) / 0j,
    lambda: 0j ** -1,
    lambda: 0j ** 1j,
    lambda: (1 + 1j) // 2,
    lambda: (1 + 1j) % 2,
    lambda: divmod(1j, 2),
    lambda: 1j < 2j,
    lambda: 1j >= 1,
    lambda: int(1j),
    lambda: float(1j),
    lambda: pow(1j, 2, 3),
    lambda: round(1j),
    lambda: 1j & 1,
]
for t in tests:
    try:
        print(t())
    except (ZeroDivisionError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
