# Exceptions in else and finally blocks: else runs only without exception, its errors are not caught by the same try.
def f(flag):
    try:
        pass
    except ValueError:
        return "caught in except"
    else:
        if flag:
            raise ValueError("from else")
        return "else ok"
print(f(False))
try:
    f(True)
except ValueError as e:
    print("escaped:", e)
