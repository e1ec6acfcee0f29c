# An except* clause that raises a new exception: it is chained to the matched group and combined.
def f():
    try:
        raise ExceptionGroup("eg", [ValueError("a"), TypeError("b")])
    except* ValueError:
        raise KeyError("from handler")
try:
    f()
except ExceptionGroup as e:
    print(repr(e))
    print(repr(e.exceptions[0].__context__))
