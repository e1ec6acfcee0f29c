# Recursive functions with memoization through a default-argument cache and a closure cache.
def ways(n, cache={}):
    if n <= 1:
        return 1
    if n not in cache:
        cache[n] = ways(n - 1) + ways(n - 2)
    return cache[n]
print([ways(i) for i in range(15)], ways(200))

def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@memoize
def binom(n, k):
    return 1 if k in (0, n) else binom(n - 1, k - 1) + binom(n - 1, k)
print(binom(30, 15), len(binom.cache))
