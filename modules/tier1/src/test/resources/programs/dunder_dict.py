class C:
    def __init__(self, **kw):
        self.__dict__.update(kw)
c = C(a=1, b=2)
print(c.a, c.b, vars(c), c.__dict__ is vars(c))
vars(c)["z"] = 9
del c.__dict__["a"]
print(c.z, hasattr(c, "a"), sorted(c.__dict__))
def f():
    pass
f.__dict__["tag"] = 1
f.other = 2
print(f.tag, sorted(f.__dict__.items()))
print(int | str, isinstance(3, int | str), isinstance(None, int | None), bytearray(b"ab"), list(bytearray(b"hi")))
ba = bytearray()
ba.append(65); ba.extend(b"BC")
print(ba, len(ba), ba.decode(), bytes(ba), ba == b"ABC")
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print("prepare", name)
        return {"injected": 42}
class K(metaclass=Meta):
    pass
print(K.injected)
import sys
print(sys.hash_info.modulus == 2**61 - 1, sys.float_info.max > 1e308, sys.float_info.epsilon)
