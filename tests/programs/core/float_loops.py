# Float accumulation in loops: order of operations matters, results match CPython bit for bit.
s = 0.0
for i in range(1, 2001):
    s += 1.0 / i
print(s)
x = 1.0
for _ in range(50):
    x = x * 1.1 - 0.05
print(x, repr(sum(0.1 for _ in range(1000))))
pi = 0.0
for k in range(10000):
    pi += (-1) ** k / (2 * k + 1)
print(pi * 4)
