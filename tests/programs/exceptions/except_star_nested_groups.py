# except* on nested groups: matching leaves are extracted, structure of the remainder is kept.
eg = ExceptionGroup("outer", [
    ValueError("v1"),
    ExceptionGroup("mid", [TypeError("t1"), ValueError("v2")]),
    KeyError("k"),
])
try:
    try:
        raise eg
    except* ValueError as g:
        print("matched:", repr(g))
except ExceptionGroup as rest:
    print("rest:", repr(rest))
