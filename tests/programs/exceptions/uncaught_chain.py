# An uncaught exception with a cause prints both tracebacks joined by CPython's message.
def parse(text):
    return int(text)

def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise RuntimeError("could not load") from e

load("abc")
