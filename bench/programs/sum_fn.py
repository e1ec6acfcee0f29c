# tests/programs/examples/sum_fn.py's loop at benchmark size: int additions in a function-local range loop.
def total(n):
    x = 0
    for i in range(n):
        x += i
    return x

print(total(100_000_000))
