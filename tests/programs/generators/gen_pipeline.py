# Chained generators form a lazy pipeline; only what is consumed is computed.
log = []
def numbers():
    for i in range(1, 100):
        log.append(i)
        yield i

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

def squares(it):
    for x in it:
        yield x * x

def take(n, it):
    for _ in range(n):
        yield next(it)

print(list(take(3, squares(evens(numbers())))))
print(log)
