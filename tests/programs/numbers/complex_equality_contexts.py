# complex in containers and comparisons: equality with ints/floats, sorting by key, sum and abs.
vals = [3 + 4j, 1j, -2, 0.5 - 1j, 5]
print(sorted(vals, key=abs), max(vals, key=lambda z: z.real), sum(vals))
print(1 + 0j in [1], 2j in {2j: 1}, [c.conjugate() for c in vals[:2]], abs(-3 - 4j))
print(complex(1, 2) == complex("1+2j"), 1j * 1j == -1, (1 + 1j) ** 2 == 2j)
