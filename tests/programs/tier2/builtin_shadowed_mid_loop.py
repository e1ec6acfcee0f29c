# A builtin folded into a hot loop is shadowed by a new global of the same name while the loop runs, then the global
# is deleted again (the builtin is back), then the builtin itself is replaced in the builtins module.
import builtins


def shadow(i):
    global len
    if i == 100:
        len = lambda x: 42
    return i


def unshadow(i):
    global len
    if i == 100:
        del len
    return i


def count(n, hook):
    total = 0
    for i in range(n):
        total += len("abc")
        list(map(hook, (i,)))
        total += len("ab") * 1000
    return total


print(count(300, shadow))
print(count(300, unshadow))
print(count(300, shadow))
del len
original = builtins.abs


def swap_abs(i):
    if i == 50:
        builtins.abs = lambda x: 7
    return i


def absolute(n):
    total = 0
    for i in range(n):
        total += abs(-3)
        list(map(swap_abs, (i,)))
    return total


print(absolute(200))
builtins.abs = original
print(absolute(200))
builtins.abs = original
