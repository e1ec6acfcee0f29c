# partition/rpartition with missing, repeated and empty-adjacent separators.
for s in ["key=value", "no separator", "a=b=c", "=start", "end="]:
    print(repr(s), s.partition("="), s.rpartition("="))
try:
    "x".partition("")
except ValueError as e:
    print("ValueError:", e)
