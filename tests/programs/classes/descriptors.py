# Data and non-data descriptors: __get__/__set__/__delete__ and lookup precedence.
class Verbose:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print("get", self.name)
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        print("set", self.name, value)
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"

class C:
    attr = Verbose()
    nd = NonData()

c = C()
c.attr = 5
print(c.attr)
del c.attr
print(c.attr)
print(c.nd)
c.__dict__["nd"] = "instance wins"
print(c.nd)
c.__dict__["attr"] = "ignored: data descriptor wins"
print(c.attr)
print(type(C.attr).__name__, C.nd)
