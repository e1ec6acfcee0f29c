"""The garbage-collector interface. Tiercel's objects are collected by the JVM's collector: collect() asks the
JVM for a collection and runs gc.callbacks; counts, thresholds and the frozen generation are kept so that
programs which tune CPython's collector run unchanged. get_objects, get_referrers and get_referents need a
view of the heap the JVM does not give, and raise NotImplementedError."""

import _jvm

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL

garbage = []
callbacks = []

_enabled = True
_debug = 0
_thresholds = [2000, 10, 10]
_collections = [0, 0, 0]


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def collect(generation=2):
    if not isinstance(generation, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(generation).__name__)
    if not 0 <= generation <= 2:
        raise ValueError('invalid generation')
    info = {'generation': generation, 'collected': 0, 'uncollectable': 0}
    for callback in list(callbacks):
        callback('start', info)
    _jvm.collect()
    _collections[generation] += 1
    for callback in list(callbacks):
        callback('stop', info)
    return 0


def get_count():
    return (0, 0, 0)


def get_threshold():
    return tuple(_thresholds)


def set_threshold(threshold0, threshold1=None, threshold2=None, /):
    for i, value in enumerate((threshold0, threshold1, threshold2)):
        if value is not None:
            if not isinstance(value, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
            _thresholds[i] = value


def get_debug():
    return _debug


def set_debug(flags, /):
    global _debug
    if not isinstance(flags, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(flags).__name__)
    _debug = flags


def get_stats():
    return [{'collections': n, 'collected': 0, 'uncollectable': 0} for n in _collections]


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0


_ATOMS = (int, float, complex, str, bytes, bool, type(None), range)


def is_tracked(obj, /):
    """CPython's answer for the common cases: atoms are untracked, dicts only when they hold containers."""
    if isinstance(obj, _ATOMS) or type(obj) is object:
        return False
    if type(obj) is dict:
        return any(is_tracked(k) or is_tracked(v) for k, v in obj.items())
    return True


def is_finalized(obj, /):
    return False


def get_objects(generation=None):
    raise NotImplementedError('gc.get_objects() is not available on the JVM: its heap cannot be listed')


def get_referrers(*objs):
    raise NotImplementedError('gc.get_referrers() is not available on the JVM: its heap cannot be listed')


def get_referents(*objs):
    raise NotImplementedError('gc.get_referents() is not available on the JVM')
