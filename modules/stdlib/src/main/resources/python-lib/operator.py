"""Standard operators as functions, plus attrgetter, itemgetter and methodcaller."""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']

_abs = abs     # the builtin, before this module defines its own abs()


# Comparisons

def lt(a, b, /):
    "Same as a < b."
    return a < b

def le(a, b, /):
    "Same as a <= b."
    return a <= b

def eq(a, b, /):
    "Same as a == b."
    return a == b

def ne(a, b, /):
    "Same as a != b."
    return a != b

def ge(a, b, /):
    "Same as a >= b."
    return a >= b

def gt(a, b, /):
    "Same as a > b."
    return a > b


# Logic and identity

def not_(a, /):
    "Same as not a."
    return not a

def truth(a, /):
    "Return True if a is true, False otherwise."
    return True if a else False

def is_(a, b, /):
    "Same as a is b."
    return a is b

def is_not(a, b, /):
    "Same as a is not b."
    return a is not b


# Arithmetic and bitwise

def abs(a, /):
    "Same as abs(a)."
    return _abs(a)

def add(a, b, /):
    "Same as a + b."
    return a + b

def and_(a, b, /):
    "Same as a & b."
    return a & b

def floordiv(a, b, /):
    "Same as a // b."
    return a // b

def index(a, /):
    "Same as a.__index__()"
    method = getattr(type(a), '__index__', None)
    if method is None:
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer")
    result = method(a)
    if not isinstance(result, int):
        raise TypeError(f"__index__ returned non-int (type {type(result).__name__})")
    return result

def inv(a, /):
    "Same as ~a."
    return ~a

invert = inv

def lshift(a, b, /):
    "Same as a << b."
    return a << b

def mod(a, b, /):
    "Same as a % b."
    return a % b

def mul(a, b, /):
    "Same as a * b."
    return a * b

def matmul(a, b, /):
    "Same as a @ b."
    return a @ b

def neg(a, /):
    "Same as -a."
    return -a

def or_(a, b, /):
    "Same as a | b."
    return a | b

def pos(a, /):
    "Same as +a."
    return +a

def pow(a, b, /):
    "Same as a ** b."
    return a ** b

def rshift(a, b, /):
    "Same as a >> b."
    return a >> b

def sub(a, b, /):
    "Same as a - b."
    return a - b

def truediv(a, b, /):
    "Same as a / b."
    return a / b

def xor(a, b, /):
    "Same as a ^ b."
    return a ^ b


# Sequences

def concat(a, b, /):
    "Same as a + b, for a and b sequences."
    if not hasattr(a, '__getitem__'):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    return a + b

def contains(a, b, /):
    "Same as b in a (note reversed operands)."
    return b in a

def countOf(a, b, /):
    "Return the number of items in a which are, or which equal, b."
    count = 0
    for item in a:
        if item is b or item == b:
            count += 1
    return count

def delitem(a, b, /):
    "Same as del a[b]."
    del a[b]

def getitem(a, b, /):
    "Same as a[b]."
    return a[b]

def indexOf(a, b, /):
    "Return the first index of b in a."
    for position, item in enumerate(a):
        if item is b or item == b:
            return position
    raise ValueError('sequence.index(x): x not in sequence')

def setitem(a, b, c, /):
    "Same as a[b] = c."
    a[b] = c

def length_hint(obj, default=0, /):
    """Return an estimate of the number of items in obj.

    This is useful for presizing containers when building from an iterable.
    If the object supports len(), the result will be exact. Otherwise, it may
    over- or under-estimate by an arbitrary amount. The result will be an
    integer >= 0.
    """
    if not isinstance(default, int):
        raise TypeError(f"'{type(default).__name__}' object cannot be interpreted as an integer")
    try:
        return len(obj)
    except TypeError:
        pass
    method = getattr(type(obj), '__length_hint__', None)
    if method is None:
        return default
    try:
        hint = method(obj)
    except TypeError:
        return default
    if hint is NotImplemented:
        return default
    if not isinstance(hint, int):
        raise TypeError(f'__length_hint__ must be an integer, not {type(hint).__name__}')
    if hint < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return hint


# Calling

def call(obj, /, *args, **kwargs):
    "Same as obj(*args, **kwargs)."
    return obj(*args, **kwargs)


# Callable builders

class attrgetter:
    """Return a callable object that fetches the given attribute(s) from its operand.
    After f = attrgetter('name'), the call f(r) returns r.name.
    After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).
    After h = attrgetter('name.first', 'name.last'), the call h(r) returns
    (r.name.first, r.name.last).
    """
    __slots__ = ('_attrs', '_paths')

    def __init__(self, /, *attrs):
        if not attrs:
            raise TypeError('attrgetter expected 1 argument, got 0')
        for attr in attrs:
            if not isinstance(attr, str):
                raise TypeError('attribute name must be a string')
        self._attrs = attrs
        self._paths = tuple(tuple(attr.split('.')) for attr in attrs)

    def _fetch(self, obj, path):
        for name in path:
            obj = getattr(obj, name)
        return obj

    def __call__(self, obj, /):
        if len(self._paths) == 1:
            return self._fetch(obj, self._paths[0])
        return tuple(self._fetch(obj, path) for path in self._paths)

    def __repr__(self):
        args = ', '.join(repr(attr) for attr in self._attrs)
        return f'{self.__class__.__module__}.{self.__class__.__qualname__}({args})'

    def __reduce__(self):
        return self.__class__, self._attrs


class itemgetter:
    """Return a callable object that fetches the given item(s) from its operand.
    After f = itemgetter(2), the call f(r) returns r[2].
    After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])
    """
    __slots__ = ('_items',)

    def __init__(self, /, *items):
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items

    def __call__(self, obj, /):
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple(obj[item] for item in self._items)

    def __repr__(self):
        args = ', '.join(repr(item) for item in self._items)
        return f'{self.__class__.__module__}.{self.__class__.__name__}({args})'

    def __reduce__(self):
        return self.__class__, self._items


class methodcaller:
    """Return a callable object that calls the given method on its operand.
    After f = methodcaller('name'), the call f(r) returns r.name().
    After g = methodcaller('name', 'date', foo=1), the call g(r) returns
    r.name('date', foo=1).
    """
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(self, /, *args, **kwargs):
        if not args:
            raise TypeError('methodcaller needs at least one argument, the method name')
        name = args[0]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args[1:]
        self._kwargs = kwargs

    def __call__(self, obj, /):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __reduce__(self):
        if not self._kwargs:
            return self.__class__, (self._name,) + self._args
        from functools import partial
        return partial(self.__class__, self._name, **self._kwargs), self._args

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(repr(arg) for arg in self._args)
        parts.extend(f'{key}={value!r}' for key, value in self._kwargs.items())
        return f'{self.__class__.__module__}.{self.__class__.__name__}({", ".join(parts)})'


# The Java accelerator, when present, replaces the three classes above (CPython's are C types).
try:
    from _operator import attrgetter, itemgetter, methodcaller
except ImportError:
    pass


# In-place operators

def iadd(a, b, /):
    "Same as a += b."
    a += b
    return a

def iand(a, b, /):
    "Same as a &= b."
    a &= b
    return a

def iconcat(a, b, /):
    "Same as a += b, for a and b sequences."
    if not hasattr(a, '__getitem__'):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    a += b
    return a

def ifloordiv(a, b, /):
    "Same as a //= b."
    a //= b
    return a

def ilshift(a, b, /):
    "Same as a <<= b."
    a <<= b
    return a

def imod(a, b, /):
    "Same as a %= b."
    a %= b
    return a

def imul(a, b, /):
    "Same as a *= b."
    a *= b
    return a

def imatmul(a, b, /):
    "Same as a @= b."
    a @= b
    return a

def ior(a, b, /):
    "Same as a |= b."
    a |= b
    return a

def ipow(a, b, /):
    "Same as a **= b."
    a **= b
    return a

def irshift(a, b, /):
    "Same as a >>= b."
    a >>= b
    return a

def isub(a, b, /):
    "Same as a -= b."
    a -= b
    return a

def itruediv(a, b, /):
    "Same as a /= b."
    a /= b
    return a

def ixor(a, b, /):
    "Same as a ^= b."
    a ^= b
    return a


# Dunder aliases
__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
