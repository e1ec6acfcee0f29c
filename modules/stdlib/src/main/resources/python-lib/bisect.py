"""Bisection algorithms for keeping sorted lists sorted."""


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert x in a, keeping it sorted, left of any equal entries."""
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        probe = a[mid] if key is None else key(a[mid])
        if probe < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert x in a, keeping it sorted, right of any equal entries."""
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        probe = a[mid] if key is None else key(a[mid])
        if x < probe:
            hi = mid
        else:
            lo = mid + 1
    return lo


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert item x in list a, and keep it sorted, left of any equal entries."""
    if key is None:
        where = bisect_left(a, x, lo, hi)
    else:
        where = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(where, x)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert item x in list a, and keep it sorted, right of any equal entries."""
    if key is None:
        where = bisect_right(a, x, lo, hi)
    else:
        where = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(where, x)


# The Java accelerator, when present, replaces the functions above (as CPython's C module does).
try:
    from _bisect import *
except ImportError:
    pass

bisect = bisect_right
insort = insort_right
