# Padding counts code points: centering text with accents and emoji, zfill with signs.
for s in ["é", "🐍", "ab", "ñandú"]:
    print(repr(s.center(7, ".")), repr(s.ljust(4, "*")), repr(s.rjust(4)), len(s))
print("-5".zfill(4), "+5".zfill(4), "5".zfill(-1), f"{'é':^5}|", f"{'🐍':>3}|")
