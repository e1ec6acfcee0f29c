# enumerate and zip objects are iterators: single pass, next() works, and they are their own iter().
e = enumerate("abc", start=10)
print(next(e), iter(e) is e, list(e), list(e))
z = zip(range(3), "xyz", [True, False, None])
print(next(z), list(z))
print(list(enumerate([])), list(zip([], [1])), dict(zip("abc", range(3))))
