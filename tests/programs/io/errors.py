# Errors of open() and of file objects, with CPython's classes and messages.
import io, os, tempfile

d = tempfile.mkdtemp()
os.chdir(d)
with open("f.txt", "w") as f:
    f.write("data\n")
def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
for mode in ["rw", "z", "rr", "", "b", "t", "bt", "U", "w+a", "rb+t"]:
    attempt("mode " + repr(mode), lambda: open("f.txt", mode))
for kw in [dict(mode="rb", encoding="utf-8"), dict(mode="rb", errors="strict"), dict(mode="rb", newline=""),
           dict(buffering=0), dict(encoding="nope"), dict(newline="x"), dict(newline=5), dict(mode=5),
           dict(buffering="x"), dict(errors=5), dict(encoding=5), dict(closefd=False), dict(bogus=1)]:
    attempt(str(kw), lambda: open("f.txt", **kw))
attempt("float", lambda: open(5.0))
attempt("missing", lambda: open("missing.txt"))
attempt("dir", lambda: open("."))
attempt("dir w", lambda: open(".", "w"))
attempt("neg fd", lambda: open(-1))
try:
    open("nope/x.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, isinstance(e, OSError))
f = open("f.txt")
attempt("write on r", lambda: f.write("x"))
try:
    f.write("x")
except io.UnsupportedOperation as e:
    print("caught as io.UnsupportedOperation", isinstance(e, OSError), isinstance(e, ValueError))
try:
    f.write("x")
except OSError as e:
    print("caught as OSError")
try:
    f.write("x")
except ValueError as e:
    print("caught as ValueError")
attempt("truncate on r", lambda: f.truncate())
attempt("read(x)", lambda: f.read("x"))
f.close()
for op in ["read()", "readline()", "write('')", "tell()", "seek(0)", "flush()", "fileno()", "__enter__()",
           "__iter__()", "readlines()", "isatty()"]:
    attempt("closed " + op, lambda: eval("f." + op))
print(f.closed, f.close())
g = open("f.txt", "w")
attempt("read on w", lambda: g.read())
attempt("write int", lambda: g.write(5))
g.close()
for mode, b in [("rb", -1), ("wb", -1), ("rb", 0), ("wb", 0)]:
    h = open("f.txt", mode, b)
    attempt(mode + str(b) + " write str", lambda: h.write("s"))
    attempt(mode + str(b) + " read", lambda: h.read())
    attempt(mode + str(b) + " read(-5)", lambda: h.read(-5))
    h.close()
    attempt(mode + str(b) + " closed read", lambda: h.read())
    attempt(mode + str(b) + " closed write", lambda: h.write(b""))
    attempt(mode + str(b) + " closed seek", lambda: h.seek(0))
os.remove("f.txt")
os.chdir("/")
os.rmdir(d)
