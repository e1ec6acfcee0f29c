# Name resolution in class bodies: class scope is skipped by nested functions; globals vs class attrs.
x = "global"
class C:
    x = "class"
    y = x
    def method(self):
        return x
    z = [x for _ in range(1)]
print(C.y, C().method(), C.z)

def outer():
    v = "enclosing"
    class Inner:
        w = v
        def get(self):
            return v
    return Inner.w, Inner().get()
print(outer())
