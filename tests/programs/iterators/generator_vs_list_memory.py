# Generators compute lazily: a large range processed by a generator pipeline without a list.
total = sum(x * x for x in range(200000) if x % 7 == 3)
print(total)
def count_up():
    n = 0
    while True:
        yield n
        n += 1
found = next(n for n in count_up() if n * n > 10**6)
print(found, any(v > 5 for v in count_up()))
