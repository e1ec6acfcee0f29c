# Integer arithmetic in a function-local loop.
def total(n):
    x = 0
    for i in range(n):
        x += i * 3 % 7
    return x

print(total(15_000_000))
