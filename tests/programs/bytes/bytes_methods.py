# bytes methods mirror str ones; indexing yields ints; hex/fromhex; bytes from various sources.
b = b"Hello, World"
print(b[0], b[-1], b[0:5], b[::-1], len(b), b.upper(), b.lower(), b.swapcase())
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"W"), b.startswith(b"He"), b.endswith((b"x", b"ld")))
print(b.split(b", "), b.replace(b"l", b"L", 2), b"-".join([b"a", b"b"]), b.partition(b","), b"  x ".strip())
print(b.hex(), b.hex(":"), bytes.fromhex("48 69"), b"abc".hex("-", 1))
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(range(3)), bytes(b"copy"))
print(b"a" * 3, b"a" + b"b", b"ab" < b"b", b"x" in b"xyz", 120 in b"xyz", list(b"hi"))
print(b.isalpha(), b"abc".isalpha(), b"123".isdigit(), b" ".isspace(), b"Ab".istitle(), b"ab".islower())
print(b"%s=%d" % (b"x", 5), b"a,b".split(b","), b"abc".center(7, b"*"), b"7".zfill(3))
for bad in [lambda: bytes([256]), lambda: b"a" + "b", lambda: bytes("x"), lambda: b"abc"[10]]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
