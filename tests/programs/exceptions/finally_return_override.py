# A return in finally overrides the try's return and swallows an in-flight exception (3.13 warns only at compile time with -W).
def f():
    try:
        return "try"
    finally:
        pass
def g():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError:
            continue
        finally:
            last = i
    return last
print(f(), g())
