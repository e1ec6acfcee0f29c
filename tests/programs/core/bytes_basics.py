b = "héllo".encode()
print(b, len(b), b[0], b[1:3], list(b"ab"), b.decode(), bytes([65, 66]), bytes(3), b"x" + b"y", b"ab" * 2)
print(b"abc" == b"abc", b"a" < b"b", b"hello world".split(), b"-".join([b"a", b"b"]), b"abc".hex(), bytes.fromhex("4142"))
print(b"abc".upper(), b"xaxbx".replace(b"x", b"-"), 97 in b"abc", b"bc" in b"abc", {b"k": 1}[b"k"], str(b"q", "ascii"))
