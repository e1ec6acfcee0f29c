# open() takes str, bytes and os.PathLike paths, and descriptors from os.open (one descriptor table).
import os, pathlib, tempfile

d = tempfile.mkdtemp()
os.chdir(d)


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


with open(pathlib.Path("a.txt"), "w") as f:
    print(repr(f), f.write("path\n"))
with open(P("a.txt")) as f:
    print(repr(f.name), f.read())
with open(b"a.txt", "rb") as f:
    print(repr(f), repr(f.raw), f.read())
try:
    open(b"missing.bin")
except FileNotFoundError as e:
    print(e)
try:
    open(P(5))
except TypeError as e:
    print(e)
print(pathlib.Path("a.txt").read_text(), pathlib.Path("a.txt").write_text("new\n"))
fd = os.open("a.txt", os.O_RDONLY)
with open(fd) as f:
    print(f.name == fd, f.read(), f.fileno() == fd)
try:
    os.read(fd, 1)
except OSError as e:
    print("closed with the file:", type(e).__name__, e.errno)
fd = os.open("a.txt", os.O_RDWR)
f = open(fd, "r+", closefd=False)
f.write("NEW")
f.close()
print(os.lseek(fd, 0, 0), os.read(fd, 10))
os.close(fd)
seen = []


def opener(path, flags):
    seen.append(path)
    return os.open(path, flags)


with open("a.txt", opener=opener) as f:
    print(f.read(), seen)
os.remove("a.txt")
os.chdir("/")
os.rmdir(d)
