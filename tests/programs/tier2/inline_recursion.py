# A loop calling a recursive function: recursion is not inlined past the first call, and the recursion limit is
# reached (RecursionError) exactly as without tier 2.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)


def ping(n):
    return pong(n - 1) if n > 0 else 0


def pong(n):
    return ping(n - 1) + 1 if n > 0 else 1


def fibs(n):
    t = 0
    for i in range(n):
        t += fib(i % 12)
    return t


def depths(n, limit):
    ok = errors = 0
    for i in range(n):
        try:
            down(limit - 40 + i % 80)
            ok += 1
        except RecursionError as e:
            errors += 1
            last = str(e)
    return ok, errors, last


def mutual(n):
    t = 0
    for i in range(n):
        t += ping(i % 20)
    return t


def near_limit(depth, n):
    # loops running at a depth close to the limit: an inlined call there must raise RecursionError like tier 1
    if depth > 0:
        return near_limit(depth - 1, n)
    hits = 0
    for i in range(n):
        try:
            hits += ping(i % 6)
        except RecursionError:
            hits -= 1000
    return hits


print(fibs(300))
sys.setrecursionlimit(400)
print(depths(300, 400))
print(mutual(500))
print([near_limit(d, 300) for d in range(388, 398, 2)])
