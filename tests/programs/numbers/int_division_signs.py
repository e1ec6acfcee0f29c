# True division of ints gives floats; floor division rounds toward negative infinity.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (1, 3), (10**20, 3), (2**70, 2**69)]:
    print(a, b, a / b, a // b, a % b)
print(type(4 / 2).__name__, 4 / 2, 10**30 / 10**10)
