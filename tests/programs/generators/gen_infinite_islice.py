# Infinite generators consumed partially: manual islice, takewhile, and resuming later.
def naturals():
    n = 0
    while True:
        yield n
        n += 1

def take(it, n):
    return [next(it) for _ in range(n)]

g = naturals()
print(take(g, 5), take(g, 3))
def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found):
            found.append(n)
            yield n
p = primes()
print(take(p, 15))
