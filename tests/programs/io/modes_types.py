# open() modes give CPython's _io types, reprs and attributes.
import io, os, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
os.chdir(d)
for mode, buffering in [("w", -1), ("r", -1), ("a", -1), ("r+", -1), ("w+", -1), ("wb", -1), ("rb", -1),
                        ("ab", -1), ("r+b", -1), ("rb", 0), ("wb", 0), ("a+b", 0)]:
    with open("f.txt", mode, buffering) as f:
        print(mode, buffering, repr(f), type(f).__name__, f.mode, f.name)
        print("  ", f.readable(), f.writable(), f.seekable(), f.closed, f.isatty(), f.fileno() >= 0)
        if hasattr(f, "buffer"):
            print("  ", repr(f.buffer), repr(f.buffer.raw), f.encoding, f.errors, f.line_buffering, f.newlines)
        elif hasattr(f, "raw"):
            print("  ", repr(f.raw), f.raw.mode, f.raw.closefd)
        print("  ", isinstance(f, io.IOBase), isinstance(f, io.TextIOBase), isinstance(f, io.BufferedIOBase),
              isinstance(f, io.RawIOBase))
    print("  closed:", f.closed, repr(f))
print(io.open is open, io.TextIOWrapper, io.BufferedReader, io.FileIO, io.BufferedWriter, io.BufferedRandom)
print(io.DEFAULT_BUFFER_SIZE, io.UnsupportedOperation.__mro__)
with open("f.txt", "w", encoding="latin1") as f:
    print(repr(f))
with open(p, buffering=1) as f:
    print(f.line_buffering)
try:
    open(p, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
with open("new.txt", "x") as f:
    print(repr(f), f.write("abc"))
os.remove(os.path.join(d, "new.txt"))
os.remove(p)
os.chdir("/")
os.rmdir(d)
