# raise ... from sets __cause__ and suppresses context; from None hides the context.
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError(f"bad input {s!r}") from e

try:
    convert("x")
except TypeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))

def hide():
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("clean") from None

try:
    hide()
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    raise ValueError("x") from 42
except TypeError as e:
    print("TypeError:", e)
