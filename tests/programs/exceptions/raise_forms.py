# raise with a class, an instance, re-raise with bare raise, and raising non-exceptions.
for thing in [ValueError, ValueError("inst"), 42, object]:
    try:
        raise thing
    except ValueError as e:
        print("ValueError", repr(e))
    except TypeError as e:
        print("TypeError:", e)
def reraiser():
    try:
        raise KeyError("inner")
    except KeyError:
        print("handling, then re-raising")
        raise
try:
    reraiser()
except KeyError as e:
    print("outer got", repr(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print("TypeError:", e)
