# Chained and augmented assignment, swaps, and evaluation order of targets.
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x
print(x, y)
i = 0
lst = [0, 0, 0]
i, lst[i] = 1, 9
print(i, lst)
n = 10
n += n * 2
n //= 4
print(n)
d = {}
d["k"] = d.get("k", 0) + 1
print(d)
