# SyntaxWarnings go through the warnings filters once the program uses warnings: "error" makes compile() fail
# with a SyntaxError at the warning's place, "ignore" silences them, catch_warnings records them.
import warnings

def attempt(src):
    try:
        compile(src, "snippet.py", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

warnings.simplefilter("error")
attempt("x is 1")
attempt("y = 2\nif y is not ():\n    pass")
attempt("[1, 2] (3, 4)")
attempt("assert (y, 'message')")
attempt("z = 1")

warnings.simplefilter("ignore")
attempt("x is 1")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    attempt("a = 'x' is 'y'\nb = {1}[0]")
for w in caught:
    print(w.category.__name__, w.lineno, w.filename, w.message)

warnings.resetwarnings()
warnings.simplefilter("error", DeprecationWarning)
attempt("q = 3 is 3")
