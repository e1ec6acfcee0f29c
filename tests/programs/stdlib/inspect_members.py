import abc
import inspect
import sys
import types


def plain(a, b=1):
    """Add things.

    More detail here.
    """
    return a + b


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


class Base(abc.ABC):
    """Base doc."""

    @abc.abstractmethod
    def run(self):
        """Run it."""

    def helper(self):
        return 1


class Impl(Base):
    def run(self):
        return 2

    @property
    def prop(self):
        return 3


checks = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction', 'isgenerator',
          'iscoroutinefunction', 'isasyncgenfunction', 'isbuiltin', 'isroutine', 'isabstract', 'iscode',
          'isframe', 'istraceback', 'ismethoddescriptor', 'isdatadescriptor']
objects = {'inspect': inspect, 'plain': plain, 'gen': gen, 'gen()': gen(), 'coro': coro, 'agen': agen,
           'Base': Base, 'Impl': Impl, 'Impl().run': Impl().run, 'len': len, 'code': plain.__code__,
           'frame': sys._getframe(), 'prop': Impl.__dict__['prop'], 'int': int}
for name, obj in objects.items():
    print(name, [c[2:] for c in checks if getattr(inspect, c)(obj)])

print([n for n, _ in inspect.getmembers(Impl) if not n.startswith('_')])
print([n for n, _ in inspect.getmembers(Impl, inspect.isfunction)])
print([m for m in inspect.getmembers(types.SimpleNamespace(b=2, a=1)) if not m[0].startswith('_')])
print(repr(inspect.getdoc(plain)))
print(repr(inspect.getdoc(Impl.run)), repr(inspect.getdoc(Impl)), inspect.getdoc(Impl().helper))
print(repr(inspect.cleandoc('  first\n    second\n      third\n\n')))
print(repr(inspect.cleandoc('\n\tx\n\t  y')))
print(inspect.getmodule(plain) is sys.modules['__main__'], inspect.getmodule(inspect.signature) is inspect)
print(inspect.getfile(plain) == __file__, inspect.getfile(Impl) == __file__, inspect.getmodulename('a/b/c.py'))
try:
    inspect.getfile(len)
except TypeError as e:
    print('TypeError', e)
try:
    inspect.getfile(sys)
except TypeError as e:
    print('TypeError', e)
print(inspect.getsource(plain), end='')
print(inspect.getsourcelines(Impl.run)[1], inspect.getsource(Impl.run), end='')
print(inspect.getsource(Base), end='')
try:
    inspect.getsource(len)
except TypeError as e:
    print('TypeError', e)
lam = lambda: 0
print(inspect.getsource(lam), end='')


def where():
    frame = inspect.currentframe()
    info = inspect.getframeinfo(frame)
    print(frame.f_code.co_name, info.function, info.code_context, info.index)
    names = [fi.function for fi in inspect.stack()][:2]
    print(names, inspect.stack()[0].filename == __file__)
    outer = inspect.getouterframes(frame)[1]
    print(outer.function, outer.code_context)


where()
try:
    1 / 0
except ZeroDivisionError:
    print([(fi.function, fi.lineno > 0) for fi in inspect.trace()])


def deco(f):
    def inner(*a):
        return f(*a)
    inner.__wrapped__ = f
    return inner


print(inspect.unwrap(deco(deco(plain))) is plain, inspect.unwrap(plain) is plain)
loop = deco(plain)
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print('ValueError', str(e).split(' at ')[0])
print(inspect.getclosurevars(deco(plain)).nonlocals['f'] is plain)
print(inspect.get_annotations(Impl.prop.fget), inspect.get_annotations(plain))
g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g))
print(inspect.getattr_static(Impl(), 'prop').__class__.__name__, inspect.isawaitable(coro))
c = coro()
print(inspect.isawaitable(c), inspect.iscoroutine(c))
c.close()
