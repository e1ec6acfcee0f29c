# **kwargs preserves the order of keyword arguments as passed.
def show(**kw):
    return list(kw)
print(show(b=1, a=2, c=3), show(**{"z": 1, "y": 2}, x=3), show())
def merge(*dicts, **extra):
    out = {}
    for d in dicts:
        out.update(d)
    out.update(extra)
    return out
print(merge({"a": 1}, {"b": 2, "a": 3}, c=4, a=5))
