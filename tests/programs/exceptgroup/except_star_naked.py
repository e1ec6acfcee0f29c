# A plain exception caught by except* is wrapped in an ExceptionGroup with an empty message.
try:
    raise ValueError("plain")
except* ValueError as e:
    print(type(e).__name__, repr(e.message), repr(e.exceptions))

try:
    try:
        raise KeyError("x")
    except* ValueError:
        print("not here")
except KeyError as e:
    print("plain KeyError passes through:", repr(e))

try:
    raise OSError("os")
except* (OSError, ValueError) as e:
    print("tuple match", repr(e))
