# bytes case conversion and predicates are ASCII-only; bytes >= 0x80 are left alone.
b = b"Hello World \xe9"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
for t in [b"abc", b"ABC", b"Abc Def", b"123", b"a1", b" \t", b"", b"\xe9"]:
    print(t, t.isalpha(), t.isdigit(), t.isalnum(), t.isspace(), t.isupper(), t.islower(), t.istitle(), t.isascii())
