# Strings as dict keys: case-sensitive, interning-independent equality, and counting characters.
text = "Mississippi"
counts = {}
for ch in text:
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
key = "".join(["M", "i"])
print({"Mi": 1}[key], "mi" in {"Mi": 1}, {s.lower(): s for s in ["A", "a", "B"]})
