# A built-in function knows its module (__module__, __self__), as CPython's do; pickle finds it by that name.
import builtins
import functools
import math
import pickle
import sys

for f in (len, print, abs, math.sqrt, math.floor, sys.exit, sys.getrecursionlimit, functools.reduce):
    print(f.__name__, repr(f.__module__), f.__self__ is sys.modules[f.__module__])

print(len.__self__ is builtins, math.sqrt.__self__ is math)
# methods of built-in types: bound ones have the instance as __self__ and no module
bound = [3, 1, 2].append
print(repr(bound.__module__), bound.__self__, repr("x".join.__module__), repr((5).bit_length.__module__))


class C:
    def m(self):
        return 1


print(C().m.__module__, C.m.__module__)
for f in (len, math.sqrt, functools.reduce):
    print(pickle.loads(pickle.dumps(f)) is f)
