# Indexing into nested lists/dicts, get with defaults, and updating nested structures in loops.
db = {"users": [{"name": "a", "tags": ["x"]}, {"name": "b", "tags": []}], "meta": {"count": 2}}
print(db["users"][0]["tags"][0], db["meta"].get("missing", "none"), len(db["users"]))
for u in db["users"]:
    u["tags"].append(u["name"] * 2)
db["meta"]["count"] += 1
print(db)
print([u["name"] for u in db["users"] if "x" in u["tags"]])
