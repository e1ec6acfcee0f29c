# getattr/hasattr/setattr/delattr with defaults and on modules, classes and builtins.
import sys
class C:
    a = 1
print(getattr(C, "a"), getattr(C, "b", "dflt"), hasattr(C, "a"), hasattr(sys, "version_info"))
setattr(C, "b", 2)
print(C.b, getattr(C(), "b"))
delattr(C, "b")
print(hasattr(C, "b"), getattr([], "append").__name__, getattr(3, "real"))
try:
    getattr(C, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(C, 5)
except TypeError as e:
    print("TypeError:", e)
