# io.TextIOWrapper over io.BytesIO and over the runtime's buffered files; io.FileIO and the buffered classes
# constructed directly; os.fdopen and tempfile files come from open().
import io, os, tempfile

b = io.BytesIO("héllo\r\nwörld\n".encode("latin-1"))
t = io.TextIOWrapper(b, encoding="latin-1")
print(repr(t.readline()), repr(t.read()), t.encoding, t.buffer is b, repr(t.newlines))
out = io.BytesIO()
w = io.TextIOWrapper(out, encoding="utf-8", newline="\r\n")
print(w.write("a\nb\n"), w.write("☃"))
w.flush()
print(out.getvalue())
d = tempfile.mkdtemp()
p = os.path.join(d, "w.bin")
raw = io.FileIO(p, "w")
print(repr(raw).replace(d, "D"), raw.mode, raw.write(b"abc\n"), raw.tell())
raw.close()
raw = io.FileIO(p)
br = io.BufferedReader(raw, 16)
print(br.read(2), br.raw is raw, repr(br).replace(d, "D"))
tr = io.TextIOWrapper(br, encoding="utf-8")
print(repr(tr.read()), repr(tr).replace(d, "D"))
tr.close()
print(raw.closed, br.closed)
bw = io.BufferedWriter(io.FileIO(p, "a"))
bw.write(b"more\n")
bw.close()
with io.BufferedRandom(io.FileIO(p, "r+")) as f:
    print(f.read())
try:
    io.BufferedReader(io.FileIO(p, "w"))
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
fd = os.open(p, os.O_RDONLY)
with os.fdopen(fd) as f:
    print(type(f).__name__, f.read().split())
with tempfile.NamedTemporaryFile("w+", dir=d) as f:
    print(type(f.file).__name__, f.name == f.file.name, f.write("temp"), f.seek(0), f.read())
with tempfile.TemporaryFile(dir=d) as f:
    print(type(f).__name__, f.write(b"xyz"), f.seek(0), f.read(), f.name == f.fileno())
os.remove(p)
os.rmdir(d)
