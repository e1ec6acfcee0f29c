# String repetition and concatenation, including with empty and negative counts.
print("ab" * 3, "ab" * 0, "ab" * -2, 3 * "x", "" * 100, "a" + "b" + "c")
parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts))
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 2.0
except TypeError as e:
    print("TypeError:", e)
