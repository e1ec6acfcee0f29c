# Searching non-ASCII text: indexes are code points, not bytes or UTF-16 units.
s = "naïve 🐍 café 🐍"
print(len(s), s.find("🐍"), s.rfind("🐍"), s.index("café"), s.count("🐍"), s[6], s[-1])
print(s.upper(), s.split(" "), s.replace("🐍", "snake"), s.encode("utf-8")[:8])
print([c for c in "e\u0301é"], len("e\u0301"), "é" == "e\u0301")
