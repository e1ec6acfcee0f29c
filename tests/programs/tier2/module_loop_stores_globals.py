# A module-level loop that stores globals every iteration while reading others: the stores must not disturb the
# folded reads of the names it does not store, and rebinding one of those from a callback must be seen at once.
FACTOR = 3
total = 0
log = []


def bump(i):
    global FACTOR
    if i == 250:
        FACTOR = 5
    return i


for i in range(500):
    total += FACTOR * i
    last = i
    list(map(bump, (i,)))
    if FACTOR != 3:
        log.append(i)
print(total, last, FACTOR, log[:3], len(log))


def counter_loop(n):
    global calls
    calls = 0
    s = 0
    for i in range(n):
        calls += 1
        s += FACTOR
    return s


print(counter_loop(400), calls)
