# Text files with encodings and error handlers: latin-1, utf-16, utf-8-sig, ascii with errors=...
import os, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "e.txt")
text = "café naïve ☃ 😀\n"
for enc in ["utf-8", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"]:
    try:
        with open(p, "w", encoding=enc, errors="replace") as f:
            print(enc, f.write(text), f.encoding, f.errors)
        with open(p, "rb") as f:
            raw = f.read()
        print(" ", len(raw), raw[:8])
        with open(p, encoding=enc, errors="replace") as f:
            print(" ", repr(f.read()))
    except Exception as e:
        print(enc, type(e).__name__, e)
with open(p, "wb") as f:
    f.write(b"ok \xe9\xff end\n" + "é".encode())
for errors in ["strict", "replace", "ignore", "surrogateescape", "backslashreplace"]:
    for enc in ["ascii", "utf-8"]:
        try:
            with open(p, encoding=enc, errors=errors) as f:
                s = f.read()
                print(enc, errors, ascii(s))
        except UnicodeDecodeError as e:
            print(enc, errors, type(e).__name__, e)
for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
    try:
        with open(p, "w", encoding="ascii", errors=errors) as f:
            f.write("naïve ☃\n")
        with open(p, "rb") as f:
            print(errors, f.read())
    except UnicodeEncodeError as e:
        print(errors, type(e).__name__, e)
with open(p, "w", encoding="utf-8", errors="surrogateescape") as f:
    f.write("raw:\udce9\udcff\n")
with open(p, "rb") as f:
    print(f.read())
try:
    open(p, encoding="no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
# utf-16 appends do not repeat the byte-order mark
with open(p, "w", encoding="utf-16") as f:
    f.write("ab")
with open(p, "a", encoding="utf-16") as f:
    f.write("cd")
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="utf-16") as f:
    print(repr(f.read()))
# a multi-byte character split across the 8192-byte chunk boundary
with open(p, "w", encoding="utf-8") as f:
    f.write("x" * 8191 + "é☃😀" * 3 + "\n")
with open(p, encoding="utf-8") as f:
    s = f.read()
    print(len(s), s[8188:])
with open(p, encoding="utf-8") as f:
    pieces = []
    while True:
        c = f.read(1000)
        if not c:
            break
        pieces.append(c)
    print(len(pieces), "".join(pieces) == s)
os.remove(p)
os.rmdir(d)
