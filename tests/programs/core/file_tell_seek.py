# tell/seek on files from the builtin open: byte offsets, text files of ASCII and UTF-8 content.
import os, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
with open(p, "w") as f:
    print(f.tell())
    f.write("héllo\n")
    print(f.tell())
    f.write("world\n")
    print(f.tell(), f.writable(), f.seekable())
with open(p, "a") as f:
    print("append starts at", f.tell())
    f.write("more\n")
    print(f.tell())
with open(p) as f:
    print(repr(f.readline()), f.tell())
    f.seek(0)
    print(repr(f.read(3)), f.readable(), f.writable())
    f.seek(7)
    print(repr(f.readline()))
    print(f.seek(0, 2), repr(f.read()))
with open(p, "rb") as f:
    f.seek(-5, 2)
    print(f.read(), f.tell())
    f.seek(1)
    print(f.read(2))
os.remove(p)
os.rmdir(d)
