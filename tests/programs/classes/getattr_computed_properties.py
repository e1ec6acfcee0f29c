# __getattr__ providing computed attributes and delegating to a wrapped object.
class Proxy:
    def __init__(self, target):
        self._target = target
        self.hits = 0
    def __getattr__(self, name):
        self.hits += 1
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.hits, p.count(1))
try:
    p.nonexistent
except AttributeError as e:
    print("AttributeError:", e)
