# startswith/endswith accept tuples and ranges; removeprefix/removesuffix; in with empty strings.
files = ["a.py", "b.txt", "c.PY", "d.pyc"]
print([f for f in files if f.endswith((".py", ".pyc"))], [f for f in files if f.lower().endswith(".py")])
s = "prefix-body-suffix"
print(s.startswith("body", 7), s.endswith("body", 0, 11), s.startswith(("x", "pre")), s.startswith(""))
print(s.removeprefix("prefix-"), s.removesuffix("-suffix"), "" in s, s.find(""), s.rfind(""))
try:
    s.startswith(["pre"])
except TypeError as e:
    print("TypeError:", e)
