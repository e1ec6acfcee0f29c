# split and join are inverses for a fixed separator; maxsplit limits from either side.
s = "a:b::c:"
parts = s.split(":")
print(parts, ":".join(parts) == s)
print(s.split(":", 2), s.rsplit(":", 2), s.split(":", 0), s.split(":", -1))
print("  a  b  ".split(None, 1), "  a  b  ".rsplit(None, 1))
