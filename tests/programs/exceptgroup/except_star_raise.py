# Raising inside except*: new exceptions are grouped with re-raised ones.
def f(excs, mode):
    try:
        raise ExceptionGroup("orig", excs)
    except* ValueError as e:
        if mode == "reraise":
            raise
        if mode == "new":
            raise RuntimeError("from clause")
    except* TypeError:
        pass

try:
    f([ValueError(1), TypeError(2)], "reraise")
except ExceptionGroup as e:
    print("reraise:", repr(e))
try:
    f([ValueError(1), TypeError(2)], "new")
except RuntimeError as e:
    print("new alone:", repr(e), repr(e.__context__))
try:
    f([ValueError(1), KeyError(2)], "new")
except ExceptionGroup as e:
    print("mixed:", repr(e))
f([TypeError(3)], "reraise")
print("done")
