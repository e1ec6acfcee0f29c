# Nested try statements: inner handlers run first; exceptions escape to outer handlers when unmatched.
def run(kind):
    try:
        try:
            if kind == "key":
                raise KeyError("k")
            if kind == "val":
                raise ValueError("v")
            return "no error"
        except KeyError:
            return "inner caught KeyError"
        finally:
            print("  inner finally for", kind)
    except ValueError as e:
        return f"outer caught {e!r}"
for k in ["key", "val", "none"]:
    print(run(k))
