# Indexing, slicing, negative steps, immutability, multiplication, comparison, ord/chr, unicode.
s = "Hello, Wörld! 🐍"
print(len(s), s[0], s[-1], s[7:12], s[::-1], s[::3], s[100:], s[-3:-1])
try:
    s[0] = "h"
except TypeError as e:
    print("TypeError:", e)
try:
    s[100]
except IndexError as e:
    print("IndexError:", e)
print("ab" * 3, 0 * "x", "a" < "b", "Z" < "a", "abc" < "abd", "ab" < "abc", "é" > "z")
print(ord("A"), ord("é"), ord("🐍"), chr(97), chr(0x1F40D), chr(233))
print(list("héllo"), "x".join("abc"), str(123), str(1.0), str([1, "a"]), repr("it's"), repr('say "hi"'))
print(repr("tab\there\nnewline\\ \x00 \x7f é \u200b"), ascii("é🐍"))
print(min("hello"), max("hello"), sorted("banana"), "b" in "abc", "abc".encode())
