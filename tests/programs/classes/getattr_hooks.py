# __getattr__ only for missing attributes; __getattribute__ for all; __setattr__/__delattr__ hooks.
class Lazy:
    def __init__(self):
        self.real = "real"
    def __getattr__(self, name):
        if name.startswith("no_"):
            raise AttributeError(f"no attribute {name!r}")
        return f"computed {name}"

l = Lazy()
print(l.real, l.other)
print(getattr(l, "no_such", "default"), hasattr(l, "no_x"), hasattr(l, "yes"))

class Tracked:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(("get", name))
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)

t = Tracked()
t.a = 1
t.a
del t.a
print(t.log)

class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback for " + name

print(Both().boom)
