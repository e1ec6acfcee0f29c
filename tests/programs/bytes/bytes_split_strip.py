# bytes split/strip/partition use ASCII whitespace; maxsplit and separators as with str.
b = b"  one two\tthree\nfour  "
print(b.split(), b.split(None, 2), b.rsplit(None, 1), b.strip(), b.lstrip(), b.rstrip())
print(b"a,b,,c".split(b","), b"a,b,c".rsplit(b",", 1), b"k=v=w".partition(b"="), b"k=v=w".rpartition(b"="))
print(b"xxhixx".strip(b"x"), b"line1\nline2\r\n".splitlines(), b"line1\nline2".splitlines(True))
