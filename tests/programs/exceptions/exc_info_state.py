# sys.exc_info() and sys.exception() reflect the exception being handled, restored after nested handlers.
import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("outer")
except ValueError:
    print(sys.exc_info()[0].__name__, repr(sys.exception()))
    try:
        raise KeyError("inner")
    except KeyError:
        print(repr(sys.exception()))
    print("back to", repr(sys.exception()))
print(sys.exception())
def inside():
    return repr(sys.exception())
try:
    raise OSError("seen by callee")
except OSError:
    print(inside())
