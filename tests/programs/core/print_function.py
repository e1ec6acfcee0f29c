# print(): sep, end, multiple args, file=sys.stderr, flush, and printing non-str objects.
import sys
print("a", "b", "c", sep="-", end="!\n")
print(1, 2.5, None, [1], {"k": 1}, (1,), sep=" | ")
print("no newline", end="")
print(" -> continued")
print()
print("to stderr", file=sys.stderr)
print(*range(5), sep=",")
print("", "x", "", sep="/")
