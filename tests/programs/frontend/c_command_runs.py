import sys
print(sys.argv, __name__)
print(f"{1 + 1 = }", [x for x in "ab"])
