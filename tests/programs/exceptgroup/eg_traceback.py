# An uncaught ExceptionGroup prints CPython's boxed group traceback.
def fail(n):
    raise ValueError(f"bad {n}")

def collect():
    errors = []
    for i in range(2):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    errors.append(TypeError("plain"))
    raise ExceptionGroup("several", errors)

collect()
