# Batching and windowing iterators with generators.
def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)
def windows(seq, n):
    for i in range(len(seq) - n + 1):
        yield seq[i:i + n]
print(list(batched(range(10), 4)), list(batched([], 2)))
print(list(windows("abcdef", 3)), list(windows([1, 2], 3)))
