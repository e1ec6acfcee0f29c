# split() and subgroup() by type, tuple of types and predicate; nested groups keep their structure.
eg = ExceptionGroup("top", [
    ValueError(1),
    TypeError(2),
    ExceptionGroup("inner", [ValueError(3), KeyError(4)]),
])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(TypeError)))
print(eg.subgroup(ZeroDivisionError))
match, rest = eg.split((KeyError, TypeError))
print(repr(match))
print(repr(rest))
match, rest = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1)
print(repr(match))
print(repr(rest))
print(eg.subgroup(lambda e: True) is eg)
print(eg.split(BaseException)[0] is eg)
m, r = eg.split(OSError)
print(m, r is eg)
try:
    eg.split(42)
except TypeError as e:
    print("TypeError", e)
