# List sorting: ints, tuples, keys, reverse; a linear congruential generator makes the data.
def lcg(seed, n):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x)
    return out


data = lcg(42, 600_000)
a = sorted(data)
b = sorted(data, key=lambda v: v % 1000)
c = sorted([(v % 100, v) for v in data], reverse=True)
data.sort()
print(a[0], a[-1], b[0] % 1000, c[0], data == a)
