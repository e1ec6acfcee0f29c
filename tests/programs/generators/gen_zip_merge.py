# Merging sorted generators by hand and interleaving generators round-robin.
def merge(a, b):
    a, b = iter(a), iter(b)
    x, y = next(a, None), next(b, None)
    while x is not None or y is not None:
        if y is None or (x is not None and x <= y):
            yield x
            x = next(a, None)
        else:
            yield y
            y = next(b, None)
def roundrobin(*gens):
    its = [iter(g) for g in gens]
    while its:
        for it in list(its):
            try:
                yield next(it)
            except StopIteration:
                its.remove(it)
print(list(merge([1, 4, 9], (2, 3, 10, 11))))
print(list(roundrobin("abc", range(2), ["x", "y", "z", "w"])))
