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

del _function, _generator, _Holder


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


def coroutine(func):
    return func


def get_original_bases(cls):
    return cls.__dict__.get('__orig_bases__', cls.__bases__)
