"""Helpers shared by the unittest modules: short reprs, class names, counting differences."""

from collections import OrderedDict

__unittest = True

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN +
                               _PLACEHOLDER_LEN + _MIN_END_LEN)


def _shorten(s, keep_start, keep_end):
    """s with its middle replaced by '[N chars]' when that saves room."""
    skipped = len(s) - keep_start - keep_end
    if skipped > _PLACEHOLDER_LEN:
        return '%s[%d chars]%s' % (s[:keep_start], skipped, s[len(s) - keep_end:])
    return s


def _common_prefix(texts):
    if not texts:
        return ''
    low, high = min(texts), max(texts)
    n = 0
    while n < len(low) and low[n] == high[n]:
        n += 1
    return low[:n]


def _common_shorten_repr(*args):
    """The reprs of args, each shortened around their common prefix so that failures stay readable."""
    reprs = tuple(safe_repr(a) for a in args)
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return reprs
    prefix = _common_prefix(reprs)
    cut = len(prefix)
    room = _MAX_LENGTH - (longest - cut + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, room)
        return tuple(prefix + r[cut:] for r in reprs)
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(r[cut:], _MIN_DIFF_LEN, _MIN_END_LEN) for r in reprs)


def safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def three_way_cmp(x, y):
    return (x > y) - (x < y)


def _counts(items):
    counts = OrderedDict()
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


def _count_diff_hashable(actual, expected):
    """(count in actual, count in expected, element) for each element whose counts differ."""
    first, second = _counts(actual), _counts(expected)
    result = [(n, second.get(item, 0), item) for item, n in first.items() if n != second.get(item, 0)]
    result.extend((0, n, item) for item, n in second.items() if item not in first)
    return result


def _count_diff_all_purpose(actual, expected):
    """As _count_diff_hashable, for unhashable elements (quadratic, by equality)."""
    first, second = list(actual), list(expected)
    used = object()
    result = []
    for i, item in enumerate(first):
        if item is used:
            continue
        n_first = n_second = 0
        for j in range(i, len(first)):
            if first[j] == item:
                n_first += 1
                first[j] = used
        for j, other in enumerate(second):
            if other == item:
                n_second += 1
                second[j] = used
        if n_first != n_second:
            result.append((n_first, n_second, item))
    for i, item in enumerate(second):
        if item is used:
            continue
        n_second = 0
        for j in range(i, len(second)):
            if second[j] == item:
                n_second += 1
                second[j] = used
        result.append((0, n_second, item))
    return result
