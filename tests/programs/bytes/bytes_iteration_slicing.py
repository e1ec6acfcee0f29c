# Iterating bytes gives ints; slicing gives bytes; bytes compare with bytes only.
b = b"\x00\x7f\x80\xffAZ"
print(list(b), b[1:4], b[-1], b[::2], b[::-1], len(b))
print(b"abc" == "abc", b"abc" == b"abc", b"a" < b"b", bytes(reversed(b"abc")))
print([hex(x) for x in b"hi"], sum(b"\x01\x02\x03"), max(b"abc"), b"abc".index(99))
