# String slicing with all step signs and out-of-range bounds.
s = "0123456789"
for sl in [(None, None, 2), (1, None, 3), (None, None, -1), (8, 2, -2), (-3, None, None), (20, 30, None), (5, 5, None), (-100, 3, None)]:
    print(sl, repr(s[slice(*sl)]))
print(s[::-3], s[len(s):0:-4], s[-1:-11:-1] == s[::-1])
