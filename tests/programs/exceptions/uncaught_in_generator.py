# A traceback from inside a generator consumed by a for loop and a list comprehension.
def gen(n):
    for i in range(n):
        yield 10 // (2 - i)

print([x for x in gen(2)])
total = sum(x for x in gen(3))
