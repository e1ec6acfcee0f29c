# complex arithmetic identities without cmath: conjugate products, division round trips, powers of i.
z = 3 - 4j
print(z * z.conjugate(), abs(z) ** 2, (z / (1 + 2j)) * (1 + 2j), [1j ** k for k in range(5)])
w = complex(2, -1)
print(w ** 2, w ** -1, (w ** 3) / w, (1 + 0j) ** 1000, (0.5 + 0.5j) ** 20)
print(-z, +z, z - z, z * 0, (z + 1) * (z - 1) == z * z - 1)
