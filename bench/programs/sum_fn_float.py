# The float twin of sum_fn.py: float additions in a function-local range loop.
def total(n):
    x = 0.0
    for i in range(n):
        x += 0.5
    return x

print(total(100_000_000))
