# Module globals updated in a hot loop and read back through functions.
counter = 0
def bump(n):
    global counter
    for _ in range(n):
        counter += 1
    return counter
print(bump(1000), bump(500), counter)
LIMIT = 10
def under_limit(values):
    return [v for v in values if v < LIMIT]
print(under_limit(range(15)))
LIMIT = 3
print(under_limit(range(15)))
