"""Names for the interpreter's own types, taken from live objects, plus SimpleNamespace."""

import sys as _sys


def _function():
    pass


def _generator():
    yield 1


class _Holder:
    def method(self):
        pass


FunctionType = LambdaType = type(_function)
CodeType = type(_function.__code__)
GeneratorType = type(_generator())
MethodType = type(_Holder().method)
BuiltinFunctionType = BuiltinMethodType = type(len)
ModuleType = type(_sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(...)
GenericAlias = type(list[int])
UnionType = type(int | str)
MappingProxyType = type(type.__dict__)

CellType = type((lambda: _Holder).__closure__[0]) if (lambda: _Holder).__closure__ else None
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
GetSetDescriptorType = type(type(_function).__dict__['__code__']) if '__code__' in type(_function).__dict__ else None


def _traceback_and_frame():
    try:
        raise TypeError
    except TypeError as e:
        tb = e.__traceback__
        return type(tb), type(tb.tb_frame) if hasattr(tb, 'tb_frame') else None


TracebackType, FrameType = _traceback_and_frame()


def _coroutine_types():
    """The coroutine and async generator types, where this interpreter can make such objects."""
    async def coroutine_function():
        pass

    async def async_generator():
        yield

    found = []
    for make in (coroutine_function, async_generator):
        try:
            made = make()
            found.append(type(made))
            if hasattr(made, 'close'):
                made.close()
        except Exception:
            found.append(None)
    return found


CoroutineType, AsyncGeneratorType = _coroutine_types()

del _function, _generator, _Holder, _traceback_and_frame, _coroutine_types


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(dict(mapping_or_iterable))
        self.__dict__.update(kwargs)

    def __repr__(self):
        shown = ', '.join(f'{key}={value!r}' for key, value in self.__dict__.items())
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        return f'{name}({shown})'

    def __eq__(self, other):
        if not isinstance(other, SimpleNamespace):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __replace__(self, **changes):
        fresh = type(self)(**self.__dict__)
        fresh.__dict__.update(changes)
        return fresh

    __hash__ = None


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class through its metaclass, letting exec_body fill the namespace first."""
    kwds = dict(kwds or {})
    meta = kwds.pop('metaclass', type)
    namespace = {}
    if exec_body is not None:
        exec_body(namespace)
    return meta(name, tuple(bases), namespace, **kwds)


_CO_GENERATOR = 0x20
_CO_ITERABLE_COROUTINE = 0x100


def coroutine(func):
    """Lets a generator function's generators be awaited (marks its code CO_ITERABLE_COROUTINE)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    if code is not None and code.co_flags & _CO_GENERATOR and hasattr(code, 'replace'):
        func.__code__ = code.replace(co_flags=code.co_flags | _CO_ITERABLE_COROUTINE)
    return func


def get_original_bases(cls):
    return cls.__dict__.get('__orig_bases__', cls.__bases__)


def resolve_bases(bases):
    """Replaces bases that define __mro_entries__ by what it returns."""
    resolved = []
    changed = False
    for base in bases:
        entries = getattr(base, '__mro_entries__', None) if not isinstance(base, type) else None
        if entries is None:
            resolved.append(base)
            continue
        replacement = entries(bases)
        if not isinstance(replacement, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        resolved.extend(replacement)
        changed = True
    return tuple(resolved) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, remaining keywords) for a class statement with these parts."""
    kwds = dict(kwds or {})
    meta = kwds.pop('metaclass', type(bases[0]) if bases else type)
    if isinstance(meta, type):
        for base in bases:
            if issubclass(type(base), meta):
                meta = type(base)
    prepare = getattr(meta, '__prepare__', None)
    namespace = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, namespace, kwds


class DynamicClassAttribute:
    """A property on instances; looked up on the class it defers to the metaclass's __getattr__."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _with(self, **parts):
        current = {'fget': self.fget, 'fset': self.fset, 'fdel': self.fdel,
                   'doc': None if self.overwrite_doc else self.__doc__}
        current.update(parts)
        copy = type(self)(**current)
        copy.overwrite_doc = self.overwrite_doc
        return copy

    def getter(self, fget):
        return self._with(fget=fget)

    def setter(self, fset):
        return self._with(fset=fset)

    def deleter(self, fdel):
        return self._with(fdel=fdel)
