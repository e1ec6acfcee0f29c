# map, filter and zip are lazy iterators: side effects happen as they are consumed.
log = []
def noisy(x):
    log.append(x)
    return x * 10
m = map(noisy, [1, 2, 3])
print(log)
print(next(m), log)
print(list(m), log)
f = filter(lambda v: v % 2, range(6))
print(type(f).__name__, list(f), list(f))
z = zip([1, 2, 3], "ab")
print(next(z), list(z))
