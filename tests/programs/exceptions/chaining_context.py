# Exceptions raised while handling another get it as __context__ automatically.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]
except IndexError as e:
    print(repr(e), "context:", repr(e.__context__), e.__cause__)

def cleanup_fails():
    try:
        raise KeyError("original")
    finally:
        raise ValueError("from finally")

try:
    cleanup_fails()
except ValueError as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        raise OSError("a")
    except OSError as first:
        raise first
except OSError as e:
    print("re-raised same object:", e.__context__)
