# exec/eval without a globals argument use the caller's globals and, in a function, a snapshot of its locals
# (PEP 667: writes to that snapshot do not change the function's variables).
exec("x = 1")
print(x)
exec("y = x + 1", None)
print(y)
exec("z = 3", None, None)
print(z)
print(eval("x + y"))
def f():
    a = 10
    exec("b = a + 1")
    print(locals().get('b'), 'b' in locals())
    exec("a = 99")
    print(a)
    print(eval("a * 2"))
    l = locals()
    exec("c = 5", globals(), l)
    print(l['c'])
    exec("global G; G = 7")
    print(G)
f()
class K:
    exec("m = 4")
    print(m)
print(K.m)
def g():
    q = 1
    def h():
        return eval("q")
    try:
        return h()
    except NameError as e:
        return str(e)
print(g())
def comp():
    v = 3
    return eval("[v * i for i in range(3)]")
print(comp())
ns = {}
exec("def fn(): return 42", ns)
print(ns['fn'](), '__builtins__' in ns)
print(eval("__name__"))
exec("import sys as _s; print(_s.__name__)")
print('_s' in globals())
