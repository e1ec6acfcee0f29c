# except* handlers run in order, each at most once; the rest re-raises as a group at the end.
def work():
    raise ExceptionGroup("batch", [ValueError(1), TypeError(2), ValueError(3), OSError(4)])
try:
    try:
        work()
    except* ValueError as g:
        print("values:", [e.args[0] for e in g.exceptions])
    except* TypeError as g:
        print("types:", len(g.exceptions))
except ExceptionGroup as rest:
    print("left over:", repr(rest))
