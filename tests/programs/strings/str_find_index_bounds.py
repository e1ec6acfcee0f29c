# find/index with start and end bounds, negative bounds, and out-of-range bounds.
s = "abcabcabc"
print(s.find("c", 3), s.find("c", 3, 5), s.find("c", -4), s.find("c", 100), s.find("", 9), s.find("", 10))
print(s.rfind("a", 0, 6), s.rindex("b", -5), s.count("abc", 1), s.count("abc", -3), s.index("cab", 2, 8))
try:
    s.rindex("z")
except ValueError as e:
    print("ValueError:", e)
