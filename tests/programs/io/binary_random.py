# Binary files: read/read1/readinto/peek/readline, BufferedRandom mixing reads and writes, truncate.
import os, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "b.bin")
with open(p, "wb") as f:
    print(f.write(bytes(range(256)) * 100), f.write(bytearray(b"tail\nline2\n")), f.write(memoryview(b"!")))
    print(f.tell())
with open(p, "rb") as f:
    print(f.read(5), f.tell(), len(f.read1(100)), f.tell())
    buf = bytearray(10)
    print(f.readinto(buf), buf, f.tell())
    print(len(f.peek()) > 0, f.tell())
    f.seek(-12, 2)
    print(f.readline(), f.readline(), f.readline(), f.readline())
    f.seek(3)
    print(f.read(2), f.seek(-2, 1), f.read(2))
    print(len(f.read()), f.read(), f.read1(5))
with open(p, "r+b") as f:
    print(f.read(4))
    f.write(b"XY")
    print(f.tell(), f.read(2))
    f.seek(0)
    print(f.read(8))
    f.seek(0, 2)
    f.write(b"END")
    f.seek(-5, 2)
    print(f.read())
    print(f.truncate(10), f.tell())
    f.seek(0)
    print(f.read())
with open(p, "rb", buffering=0) as f:
    print(f.read(3), f.readall(), f.read())
    b = bytearray(4)
    f.seek(1)
    print(f.readinto(b), b)
with open(p, "w+b") as f:
    print(f.read(), f.write(b"abc"), f.seek(0), f.read())
with open(p, "ab+") as f:
    print(f.tell(), f.write(b"de"), f.seek(0), f.read())
    f.seek(0)
    f.write(b"Z")
    f.seek(0)
    print(f.read())
with open(p, "rb") as f:
    print(list(f), f.readlines())
os.remove(p)
os.rmdir(d)
