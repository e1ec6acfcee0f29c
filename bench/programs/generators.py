# Generators: a pipeline of generator functions and expressions.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for v in it:
        if v % 2 == 0:
            yield v


def squares(it):
    return (v * v for v in it)


print(sum(squares(evens(numbers(6_000_000)))))
