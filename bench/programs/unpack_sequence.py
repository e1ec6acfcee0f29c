# Tuple packing and unpacking in a hot loop.
def swaps(n):
    a, b, c, d = 1, 2, 3, 4
    for _ in range(n):
        a, b, c, d = b, c, d, a
        a, b = b, a
        t = (a, b, c, d)
        w, x, y, z = t
        a = w + 1
    return a, b, c, d

print(swaps(6_000_000))
