# Newline handling for reading (None, '', '\n', '\r', '\r\n') and writing translation.
import os, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "n.txt")
data = b"unix\nwindows\r\nmac\rmixed\r\n\rend"
with open(p, "wb") as f:
    f.write(data)
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, newline=nl) as f:
        lines = f.readlines()
        print(repr(nl), lines, repr(f.newlines))
    with open(p, newline=nl) as f:
        print("   read:", repr(f.read()), repr(f.newlines))
    with open(p, newline=nl) as f:
        print("   lines:", [line for line in f])
    with open(p, newline=nl) as f:
        print("   limit:", [f.readline(3) for _ in range(5)])
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, "w", newline=nl) as f:
        f.write("a\nb\r\nc\rd\n")
    with open(p, "rb") as f:
        print("write", repr(nl), f.read())
# a '\r\n' split across the chunk boundary
with open(p, "wb") as f:
    f.write(b"y" * 8191 + b"\r\n" + b"z\r\n")
for nl in [None, "", "\r\n"]:
    with open(p, newline=nl) as f:
        print(repr(nl), [len(x) for x in f], repr(f.newlines))
with open(p, "wb") as f:
    f.write(b"only\rcr\rlines\r")
with open(p) as f:
    print(f.readlines(), repr(f.newlines))
os.remove(p)
os.rmdir(d)
