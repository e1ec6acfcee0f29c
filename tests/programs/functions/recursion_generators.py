# Recursive generators producing permutations and subsets.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest
def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s
print(list(permutations("abc")))
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))
