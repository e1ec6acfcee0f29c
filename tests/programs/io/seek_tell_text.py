# tell()/seek() round trips on text files (cookies), with multi-byte characters and '\r\n'.
import os, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "t.txt")
with open(p, "w", newline="") as f:
    f.write("ascii line\r\nhéllo wörld\r\n☃ snow\r\nlast")
for nl in [None, ""]:
    with open(p, newline=nl) as f:
        marks = []
        while True:
            pos = f.tell()
            line = f.readline()
            if not line:
                break
            marks.append((pos, line))
        print(repr(nl), marks, f.tell())
        for pos, line in reversed(marks):
            f.seek(pos)
            print("  ", pos, f.readline() == line)
with open(p) as f:
    f.read(3)
    c = f.tell()
    rest = f.read()
    f.seek(c)
    print(c, f.read() == rest)
    f.seek(0)
    print(repr(f.read(14)))
    c = f.tell()
    print(c, repr(f.read(2)))
    f.seek(c)
    print(repr(f.read(2)))
    print(f.seek(0, 2), repr(f.read()))
    print(f.seek(0, 1) == f.tell())
    for args in [(5, 1), (5, 2), (-1,), (0, 3)]:
        try:
            f.seek(*args)
        except Exception as e:
            print(args, type(e).__name__, e)
with open(p) as f:
    for line in f:
        try:
            f.tell()
        except OSError as e:
            print(type(e).__name__, e)
            break
with open(p, "r+") as f:
    f.seek(0, 2)
    end = f.tell()
    f.write("\nappended")
    f.seek(end)
    print(repr(f.read()))
    f.seek(0)
    print(f.truncate(5), f.tell())
with open(p) as f:
    print(repr(f.read()))
os.remove(p)
os.rmdir(d)
