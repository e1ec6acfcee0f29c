# replace with counts, empty old strings, and overlapping patterns.
s = "aaaa"
print(s.replace("a", "b", 2), s.replace("aa", "b"), s.replace("", "-", 2), s.replace("x", "y"))
print("abcabc".replace("abc", "", 1), "banana".replace("ana", "ANA"), "".replace("", "z"))
print("a.b.c".replace(".", ", "), "tab\there".replace("\t", " "), "x".replace("x", "x" * 3))
