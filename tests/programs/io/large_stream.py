# A 5 MB file: written in pieces, read in chunks, iterated by line; writes reach the file as the buffer fills.
import os, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "big.txt")
with open(p, "w") as f:
    for i in range(100000):
        f.write(f"line {i:06d} " + "x" * 36 + "\n")
    print("size while open >= 4 MB:", os.path.getsize(p) >= 4_000_000)
print(os.path.getsize(p))
with open(p) as f:
    total = 0
    count = 0
    for line in f:
        count += 1
        total += len(line)
    print(count, total, repr(line))
with open(p, "rb") as f:
    chunks = 0
    n = 0
    while True:
        b = f.read(65536)
        if not b:
            break
        chunks += 1
        n += len(b)
    print(chunks, n)
with open(p) as f:
    f.seek(4_000_000)
    print(repr(f.readline()), repr(f.readline()))
    print(len(f.readlines()))
with open(p, "w") as f:
    f.write("small")
    print("buffered:", os.path.getsize(p))
    f.flush()
    print("flushed:", os.path.getsize(p))
os.remove(p)
os.rmdir(d)
