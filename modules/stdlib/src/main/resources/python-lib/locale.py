"""Locale services for the C locale, the only one Tiercel has.

Written for Tiercel from the documented behaviour of CPython 3.13's locale module. LC_CTYPE starts as
'C.UTF-8' (the runtime is always in UTF-8 mode, as CPython coerces the C locale); every other category is
'C'. Setting a locale other than C, POSIX or C.UTF-8 raises locale.Error. ``normalize`` only knows those
names; ``nl_langinfo``, ``getdefaultlocale``, ``bindtextdomain`` and friends are missing.
"""

import sys

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "LC_MESSAGES", "CHAR_MAX", "getencoding",
           "delocalize", "localize"]

_builtin_str = str

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

# glibc reports these extra categories when LC_ALL is a mix
_CATEGORY_NAMES = [(LC_CTYPE, 'LC_CTYPE'), (LC_NUMERIC, 'LC_NUMERIC'), (LC_TIME, 'LC_TIME'),
                   (LC_COLLATE, 'LC_COLLATE'), (LC_MONETARY, 'LC_MONETARY'), (LC_MESSAGES, 'LC_MESSAGES')]
_GLIBC_EXTRA = ['LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT', 'LC_IDENTIFICATION']


class Error(Exception):
    pass


_current = {category: 'C' for category, _name in _CATEGORY_NAMES}
_current[LC_CTYPE] = 'C.UTF-8'
_extra = 'C'


def _known_name(name):
    """The canonical name of a locale Tiercel can use, or None."""
    if name in ('C', 'POSIX'):
        return 'C'
    if name.replace('-', '').lower() in ('c.utf8',):
        return 'C.UTF-8'
    return None


def _from_environment(category):
    import os
    names = ['LC_ALL'] + [n for c, n in _CATEGORY_NAMES if c == category] + ['LANG']
    for variable in names:
        value = os.environ.get(variable)
        if value:
            return _known_name(value) or 'C.UTF-8'
    return 'C'


def _composite():
    names = set(_current.values())
    if len(names) == 1 and _extra in names:
        return _extra
    parts = ['%s=%s' % (name, _current[category]) for category, name in _CATEGORY_NAMES]
    parts[6:6] = ['%s=%s' % (name, _extra) for name in _GLIBC_EXTRA]
    return ';'.join(parts)


def setlocale(category, locale=None):
    """The current locale of category (locale None), or sets it: C, POSIX, C.UTF-8 or '' (environment)."""
    global _extra
    if category not in _current and category != LC_ALL:
        raise Error('unsupported locale setting')
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = _build_localename(locale)
    if locale is None:
        return _composite() if category == LC_ALL else _current[category]
    if locale == '':
        if category == LC_ALL:
            for cat in _current:
                _current[cat] = _from_environment(cat)
            _extra = _from_environment(LC_ALL)
            return _composite()
        _current[category] = _from_environment(category)
        return _current[category]
    name = _known_name(locale)
    if name is None:
        raise Error('unsupported locale setting')
    if category == LC_ALL:
        for cat in _current:
            _current[cat] = name
        _extra = name
        return _composite()
    _current[category] = name
    return name


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of two strings -- language code, encoding.')
    if language is None:
        language = 'C'
    return language if encoding is None else language + '.' + encoding


def normalize(localename):
    """The canonical name of a locale; only C, POSIX and C.UTF-8 are known, others come back unchanged."""
    name = _known_name(localename)
    return name if name is not None else localename


def _parse_localename(localename):
    code = normalize(localename)
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of a category: (None, None) for C, ('C', 'UTF-8') for C.UTF-8."""
    if category == LC_ALL:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(setlocale(category))


def getencoding():
    return 'UTF-8'


def getpreferredencoding(do_setlocale=True):
    return 'UTF-8'


def localeconv():
    """The C locale's numeric and monetary conventions."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '', 'negative_sign': '',
            'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX, 'p_cs_precedes': CHAR_MAX,
            'p_sep_by_space': CHAR_MAX, 'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX, 'decimal_point': '.',
            'thousands_sep': '', 'grouping': []}


def strcoll(a, b):
    """Compares by code point, as the C locale collates."""
    if not isinstance(a, _builtin_str) or not isinstance(b, _builtin_str):
        raise TypeError("strcoll() argument must be str")
    return (a > b) - (a < b)


def strxfrm(string):
    if not isinstance(string, _builtin_str):
        raise TypeError("strxfrm() argument must be str, not %s" % type(string).__name__)
    return string


def format_string(f, val, grouping=False, monetary=False):
    """f % val with the locale's decimal point and grouping (in the C locale: plain % formatting)."""
    return f % val


def currency(val, symbol=True, grouping=False, international=False):
    conv = localeconv()
    digits = conv[international and 'int_frac_digits' or 'frac_digits']
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    return format_string("%.12g", val)


def delocalize(string):
    conv = localeconv()
    if conv['thousands_sep']:
        string = string.replace(conv['thousands_sep'], '')
    if conv['decimal_point']:
        string = string.replace(conv['decimal_point'], '.')
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))
