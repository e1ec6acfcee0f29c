class AppError(Exception):
    pass

def check(n):
    if n > 2:
        raise AppError(f"bad {n}")
    return n

for i in range(5):
    print(check(i))
