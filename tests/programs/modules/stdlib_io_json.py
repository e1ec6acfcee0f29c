import json, os, os.path
data = {"name": "tiercel", "tags": ["jvm", "python"], "version": 3.13, "ok": True, "none": None, "n": 42}
text = json.dumps(data)
print(text)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.loads(text) == data, json.loads('[1, 2.5, "x", {"a": null}]'), json.dumps("é"), json.dumps([1, (2, 3)]))
try:
    json.loads("{bad}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print(e)
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tmp_io_test.txt")
with open(path, "w") as f:
    f.write("line one\n")
    f.write("line two\n")
with open(path, "a") as f:
    print("appended", file=f)
with open(path) as f:
    print(f.read().splitlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip())
print(os.path.exists(path), os.path.basename(path), os.path.splitext("a/b.tar.gz"), os.path.split("/x/y/z.py"))
os.remove(path)
print(os.path.exists(path), os.sep, type(os.environ).__name__, os.path.join("a", "b", "/c", "d"))
try:
    open("/nonexistent/file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e)
