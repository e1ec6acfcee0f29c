# Strings with builtins: list, sorted, set (lengths only), enumerate, reversed, zip, map(ord).
s = "hello"
print(list(s), sorted(s), len(set(s)), list(enumerate(s))[:2], "".join(reversed(s)))
print(list(zip(s, s[1:])), list(map(ord, s)), "".join(map(chr, [72, 105])), max(s), s.count("l"))
print(any(c.isupper() for c in s), all(c.isalpha() for c in s), dict.fromkeys(s, 0))
