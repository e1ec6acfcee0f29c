"""Weak references and the weak containers built on them.

On the JVM an object goes away when the garbage collector finds it unreachable, not at the moment its
last reference is dropped, so entries of the weak containers disappear later than in CPython, and
reference callbacks and finalizers are not called (modules/stdlib/README.md says so).
Containers drop entries whose object is gone whenever they are read.
"""

from _weakref import ref, ReferenceType

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary', 'ReferenceType',
           'ProxyType', 'CallableProxyType', 'ProxyTypes', 'WeakValueDictionary', 'WeakSet', 'WeakMethod',
           'finalize']


def getweakrefcount(obj):
    raise NotImplementedError('weakref.getweakrefcount: references are not tracked per object on the JVM')


def getweakrefs(obj):
    raise NotImplementedError('weakref.getweakrefs: references are not tracked per object on the JVM')


class ProxyType:
    """A proxy that forwards attribute access to a weakly referenced object."""

    def __init__(self, obj, callback=None):
        object.__setattr__(self, '_proxy_ref', ref(obj))

    def _proxy_target(self):
        target = object.__getattribute__(self, '_proxy_ref')()
        if target is None:
            raise ReferenceError('weakly-referenced object no longer exists')
        return target

    def __getattr__(self, name):
        return getattr(self._proxy_target(), name)

    def __setattr__(self, name, value):
        setattr(self._proxy_target(), name, value)

    def __delattr__(self, name):
        delattr(self._proxy_target(), name)

    def __repr__(self):
        target = self._proxy_target()
        return f'<weakproxy at {hex(id(self))}; to {type(target).__qualname__!r} at {hex(id(target))}>'

    def __str__(self):
        return str(self._proxy_target())

    def __bool__(self):
        return bool(self._proxy_target())

    def __len__(self):
        return len(self._proxy_target())

    def __iter__(self):
        return iter(self._proxy_target())

    def __getitem__(self, key):
        return self._proxy_target()[key]

    def __contains__(self, item):
        return item in self._proxy_target()

    def __eq__(self, other):
        return self._proxy_target() == other

    __hash__ = None


class CallableProxyType(ProxyType):
    def __call__(self, *args, **kwargs):
        return self._proxy_target()(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    return (CallableProxyType if callable(obj) else ProxyType)(obj, callback)


class WeakMethod:
    """A weak reference to a bound method: it keeps neither the object nor the function alive."""

    def __init__(self, method, callback=None):
        try:
            owner, func = method.__self__, method.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(method)}") from None
        self._owner = ref(owner)
        self._func = ref(func)

    def __call__(self):
        owner, func = self._owner(), self._func()
        if owner is None or func is None:
            return None
        return func.__get__(owner, type(owner))

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        return self._owner == other._owner and self._func == other._func

    def __hash__(self):
        return hash((self._owner, self._func))


class WeakValueDictionary:
    """A mapping whose values are held weakly."""

    def __init__(self, other=(), /, **kwargs):
        self._refs = {}
        self.update(other, **kwargs)

    def _live(self):
        """(key, value) of the entries whose value still exists; forgets the others."""
        pairs = []
        for key, r in list(self._refs.items()):
            value = r()
            if value is None:
                del self._refs[key]
            else:
                pairs.append((key, value))
        return pairs

    def __getitem__(self, key):
        value = self._refs[key]()
        if value is None:
            del self._refs[key]
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self._refs[key] = ref(value)

    def __delitem__(self, key):
        del self._refs[key]

    def __contains__(self, key):
        r = self._refs.get(key)
        return r is not None and r() is not None

    def __len__(self):
        return len(self._live())

    def __iter__(self):
        return iter([key for key, _ in self._live()])

    def __repr__(self):
        return f'<WeakValueDictionary at {hex(id(self))}>'

    def get(self, key, default=None):
        r = self._refs.get(key)
        value = None if r is None else r()
        return default if value is None else value

    def keys(self):
        return [key for key, _ in self._live()]

    def values(self):
        return [value for _, value in self._live()]

    def items(self):
        return self._live()

    def itervaluerefs(self):
        self._live()
        return iter(list(self._refs.values()))

    def valuerefs(self):
        return list(self.itervaluerefs())

    def pop(self, key, *default):
        r = self._refs.pop(key, None)
        value = None if r is None else r()
        if value is None:
            if default:
                return default[0]
            raise KeyError(key)
        return value

    def popitem(self):
        while True:
            key, r = self._refs.popitem()
            value = r()
            if value is not None:
                return key, value

    def setdefault(self, key, default=None):
        value = self.get(key)
        if value is None:
            self[key] = default
            return default
        return value

    def update(self, other=(), /, **kwargs):
        items = other.items() if hasattr(other, 'items') else other
        for key, value in items:
            self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def copy(self):
        return WeakValueDictionary(self.items())

    __copy__ = copy

    def clear(self):
        self._refs.clear()


class WeakKeyDictionary:
    """A mapping whose keys are held weakly (keys must be hashable and weakly referenceable)."""

    def __init__(self, other=None):
        self._data = {}
        if other is not None:
            self.update(other)

    def _live(self):
        pairs = []
        for r, value in list(self._data.items()):
            key = r()
            if key is None:
                del self._data[r]
            else:
                pairs.append((key, value))
        return pairs

    def __getitem__(self, key):
        return self._data[ref(key)]

    def __setitem__(self, key, value):
        self._data[ref(key)] = value

    def __delitem__(self, key):
        del self._data[ref(key)]

    def __contains__(self, key):
        try:
            return ref(key) in self._data
        except TypeError:
            return False

    def __len__(self):
        return len(self._live())

    def __iter__(self):
        return iter([key for key, _ in self._live()])

    def __repr__(self):
        return f'<WeakKeyDictionary at {hex(id(self))}>'

    def get(self, key, default=None):
        return self._data.get(ref(key), default)

    def keys(self):
        return [key for key, _ in self._live()]

    def values(self):
        return [value for _, value in self._live()]

    def items(self):
        return self._live()

    def keyrefs(self):
        self._live()
        return list(self._data)

    def pop(self, key, *default):
        return self._data.pop(ref(key), *default)

    def popitem(self):
        while True:
            r, value = self._data.popitem()
            key = r()
            if key is not None:
                return key, value

    def setdefault(self, key, default=None):
        return self._data.setdefault(ref(key), default)

    def update(self, other=None, /, **kwargs):
        if other is not None:
            items = other.items() if hasattr(other, 'items') else other
            for key, value in items:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def copy(self):
        return WeakKeyDictionary(self.items())

    __copy__ = copy


class WeakSet:
    """A set whose members are held weakly."""

    def __init__(self, data=None):
        self._refs = set()
        if data is not None:
            for item in data:
                self.add(item)

    def _members(self):
        alive = []
        for r in list(self._refs):
            item = r()
            if item is None:
                self._refs.discard(r)
            else:
                alive.append(item)
        return alive

    def __iter__(self):
        return iter(self._members())

    def __len__(self):
        return len(self._members())

    def __contains__(self, item):
        try:
            return ref(item) in self._refs
        except TypeError:
            return False

    def __repr__(self):
        return f'{{{", ".join(map(repr, self._members()))}}}' if self else 'WeakSet()'

    def add(self, item):
        self._refs.add(ref(item))

    def discard(self, item):
        self._refs.discard(ref(item))

    def remove(self, item):
        self._refs.remove(ref(item))

    def pop(self):
        while True:
            item = self._refs.pop()()
            if item is not None:
                return item

    def clear(self):
        self._refs.clear()

    def copy(self):
        return WeakSet(self._members())

    def update(self, other):
        for item in other:
            self.add(item)

    def __eq__(self, other):
        if not isinstance(other, WeakSet):
            return NotImplemented
        return self._refs == other._refs


class finalize:
    """Registers a function to call when an object is collected. Tiercel never calls it on collection
    (no collection hook on the JVM side yet); calling the finalize object itself runs it once."""

    def __init__(self, obj, func, /, *args, **kwargs):
        self._ref = ref(obj)
        self._call = (func, args, kwargs)

    def __call__(self, _=None):
        call, self._call = self._call, None
        if call is not None and self._ref() is not None:
            func, args, kwargs = call
            return func(*args, **kwargs)
        return None

    def detach(self):
        call, self._call = self._call, None
        obj = self._ref()
        if call is None or obj is None:
            return None
        return obj, call[0], call[1], call[2]

    def peek(self):
        obj = self._ref()
        if self._call is None or obj is None:
            return None
        return obj, self._call[0], self._call[1], self._call[2]

    @property
    def alive(self):
        return self._call is not None

    atexit = True
