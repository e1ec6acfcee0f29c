# Invalid except* targets are TypeErrors raised when the clause is tried.
try:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* int:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* (ValueError, BaseExceptionGroup):
        pass
except TypeError as e:
    print("TypeError:", e)
