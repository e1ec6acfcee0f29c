import types, math, os
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [2]
print(ns, ns == types.SimpleNamespace(a=1, b='x', c=[2]), ns != types.SimpleNamespace())
print(types.FunctionType, types.ModuleType, types.MethodType, types.BuiltinFunctionType, types.NoneType)
def g():
    yield
class K:
    def f(self):
        pass
print(isinstance(g(), types.GeneratorType), isinstance(K().f, types.MethodType), isinstance(math, types.ModuleType))
print(types.new_class('Made', (K,)).__mro__[1] is K, type(types.SimpleNamespace.__dict__) is types.MappingProxyType)
print(len(os.urandom(16)), os.urandom(0))
for x in (-3.0, -1.5, -0.5, -1e-300, 0.0, 1e-20, 0.25, 0.5, 1.0, 1.7, 2.5, 4.0, 5.9, 6.5, 30.0):
    print(x, f'{math.erf(x):.15g}')  # within an ulp of the C library's (not always correctly rounded)
print(math.erfc(0.0), math.erfc(30.0), math.erfc(-30.0), math.erf(float('inf')), math.erf(float('-inf')))
