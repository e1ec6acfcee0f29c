# A generator of Fibonacci numbers, with big ints, and a generator of running sums.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def running(xs):
    total = 0
    for x in xs:
        total += x
        yield total

f = fib()
first = [next(f) for _ in range(20)]
print(first)
print(list(running(first))[-3:])
for _ in range(200):
    v = next(f)
print(v)
