class CacheInfo(tuple):
    __slots__ = ()
    _fields = ("hits", "misses")
    def __new__(cls, hits, misses):
        return tuple.__new__(cls, (hits, misses))
    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r)" % tuple(self)
    def _asdict(self):
        return dict(zip(self._fields, self))
c = CacheInfo(3, 4)
print(c, c.hits, c.misses, c._asdict(), isinstance(c, tuple), c == (3, 4), len(c), c[1])
class E(Exception):
    def __new__(cls, *a):
        inst = super().__new__(cls, *a)
        inst.created = True
        return inst
e = E("boom", 2)
print(repr(e), e.args, e.created)
class Upper(str):
    pass
class Count(int):
    pass
print(str.__new__(str, "abc"), int.__new__(int, "42") + 1, list.__new__(list), dict.__new__(dict))
class HashedSeq(list):
    __slots__ = "hashvalue"
    def __init__(self, tup):
        self[:] = tup
        self.hashvalue = hash(tup)
    def __hash__(self):
        return self.hashvalue
hs = HashedSeq((1, 2))
print(hs, hs.hashvalue == hash((1, 2)), {hs: "found"}[hs])
