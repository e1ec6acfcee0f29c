# Raising and catching exceptions in a loop.
class Odd(Exception):
    pass


def check(i):
    if i % 2:
        raise Odd(i)
    return i


def run(n):
    caught = 0
    total = 0
    for i in range(n):
        try:
            total += check(i)
        except Odd:
            caught += 1
        finally:
            total += 1
    return caught, total

print(run(3_000_000))
