# __set_name__ is called for descriptors at class creation, with the owner and the attribute name.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        return f"<{self.name}>"

class Model:
    a = Field()
    b = Field()
    c = 3

print(Model().a, Model.b)
f = Field()
class Late:
    pass
Late.x = f
print(hasattr(f, "name"))
