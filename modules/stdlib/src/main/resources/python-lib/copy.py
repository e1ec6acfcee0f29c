"""Generic shallow and deep copying operations: copy(), deepcopy() and replace()."""

__all__ = ["Error", "copy", "deepcopy", "replace"]

import sys


class Error(Exception):
    pass


error = Error   # backward compatible alias


def _function():
    pass


class _Probe:
    def method(self):
        pass


# Types whose instances are immutable (or treated as such): copying returns the object itself.
_ATOMIC = {
    type(None), int, float, bool, complex, str, bytes, tuple, frozenset, type, range, slice,
    property, type(Ellipsis), type(NotImplemented), type(_function), type(len),
    type(_function.__code__),
}
_ATOMIC_DEEP = {
    type(None), int, float, bool, complex, str, bytes, type, range, property,
    type(Ellipsis), type(NotImplemented), type(_function), type(len),
    type(_function.__code__),
}


def _optional_types():
    # Weak references are immutable too; the weakref type is only looked up when available.
    try:
        import _weakref
        found = [_weakref.ReferenceType]
    except ImportError:
        found = []
    return found


_ATOMIC.update(_optional_types())
_ATOMIC_DEEP.update(_optional_types())


def _plain_reduction(cls):
    """True when cls relies on object's default pickling protocol (no custom reduction)."""
    return (getattr(cls, '__reduce_ex__', None) is object.__reduce_ex__
            and getattr(cls, '__reduce__', None) is object.__reduce__)


def _get_state(x):
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None:
        return getstate()
    return getattr(x, '__dict__', None) or None


def _slot_state(x, cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            names.append(name)
    state = {}
    for name in names:
        try:
            state[name] = getattr(x, name)
        except AttributeError:
            pass
    return state


def _apply_state(y, state, deep, memo):
    if state is None:
        return
    if deep:
        state = deepcopy(state, memo)
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None and not _is_default_setstate(y):
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _is_default_setstate(y):
    return getattr(type(y), '__setstate__', None) is None


def _simple_copy(x, cls, deep, memo):
    """Copy an instance of a class using the default protocol, without __reduce_ex__."""
    getnewargs = getattr(cls, '__getnewargs_ex__', None)
    if getnewargs is not None:
        args, kwargs = x.__getnewargs_ex__()
    else:
        getnewargs = getattr(cls, '__getnewargs__', None)
        args = x.__getnewargs__() if getnewargs is not None else ()
        kwargs = {}
    if deep and (args or kwargs):
        args = deepcopy(args, memo)
        kwargs = deepcopy(kwargs, memo)
    y = cls.__new__(cls, *args, **kwargs)
    if deep:
        memo[id(x)] = y
    if getattr(cls, '__getstate__', None) is not None and cls.__getstate__ is not object.__getstate__:
        state = x.__getstate__()
    else:
        state = getattr(x, '__dict__', None) or None
        slots = _slot_state(x, cls)
        if slots:
            state = (state, slots)
    _apply_state(y, state, deep, memo)
    if isinstance(x, list):
        items = list(x)
        if deep:
            items = [deepcopy(item, memo) for item in items]
        y.extend(items)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def copy(x):
    """Shallow copy of x: immutable objects come back as they are."""
    cls = type(x)
    if cls in _ATOMIC:
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _copy_via_protocol(x, cls, None)


def _registered_reductor(cls):
    # Reducers registered with copyreg.pickle() take precedence (copyreg only if loaded).
    copyreg = sys.modules.get('copyreg')
    if copyreg is None:
        return None
    return copyreg.dispatch_table.get(cls)


def _copy_via_protocol(x, cls, memo):
    """Copy x with the pickle protocol: a registered reducer, __reduce_ex__ or __reduce__."""
    deep = memo is not None
    reductor = _registered_reductor(cls)
    if reductor is not None:
        rv = reductor(x)
    else:
        reduce_ex = getattr(x, '__reduce_ex__', None)
        if reduce_ex is not None:
            if _plain_reduction(cls):
                return _simple_copy(x, cls, deep, memo)
            rv = reduce_ex(4)
        else:
            reduce = getattr(x, '__reduce__', None)
            if not reduce:
                raise Error('un(%s)copyable object of type %s' % ('deep' if deep else 'shallow', cls))
            rv = reduce()
    if isinstance(rv, str):
        return x
    return _reconstruct(x, memo, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy of x; memo maps id() of already copied objects to their copies."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC_DEEP:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        parts = [deepcopy(item, memo) for item in x]
        try:
            return memo[d]    # a recursive tuple was copied meanwhile
        except KeyError:
            pass
        for old, new in zip(x, parts):
            if old is not new:
                y = tuple(parts)
                break
        else:
            y = x
    elif cls is type(_Probe().method):
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        elif cls in (set, frozenset):
            y = cls(deepcopy(item, memo) for item in x)
        elif cls is bytearray:
            y = bytearray(x)
        else:
            y = _copy_via_protocol(x, cls, memo)
    if y is x:
        return y
    memo[d] = y
    _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keep a reference to x in the memo so that its id cannot be reused during the copy."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__') and not _is_default_setstate(y):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values.

    This is especially useful for immutable objects, like named tuples or
    frozen dataclasses.
    """
    cls = obj.__class__
    func = getattr(cls, '__replace__', None)
    if func is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return func(obj, **changes)
