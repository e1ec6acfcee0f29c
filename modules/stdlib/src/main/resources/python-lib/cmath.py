"""Mathematical functions for complex numbers, with CPython's branch cuts and signed zeros (the formulas of
Kahan's "Branch Cuts for Complex Elementary Functions", as CPython's C module uses them)."""

import math as _m

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_DBL_MAX = 1.7976931348623157e308
_DBL_MIN = 2.2250738585072014e-308
_LARGE = _DBL_MAX / 4.0
_SQRT_LARGE = _m.sqrt(_LARGE)
_SQRT_DBL_MIN = _m.sqrt(_DBL_MIN)
_LOG_LARGE = _m.log(_DBL_MAX)
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046


def _complex(z):
    if isinstance(z, complex):
        return z
    if isinstance(z, (float, int)):
        return complex(float(z), 0.0)
    conv = getattr(type(z), '__complex__', None)
    if conv is not None:
        result = conv(z)
        if not isinstance(result, complex):
            raise TypeError('__complex__ returned non-complex (type %s)' % type(result).__name__)
        return result
    for name in ('__float__', '__index__'):
        conv = getattr(type(z), name, None)
        if conv is not None:
            return complex(float(conv(z)), 0.0)
    raise TypeError('must be real number, not %s' % type(z).__name__)


def _finite(z):
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def _domain():
    return ValueError('math domain error')


def _range():
    return OverflowError('math range error')




# -- square root, exponential and logarithms ------------------------------------------------------------------------

def _sqrt(x, y):
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if _m.isinf(y):
            return complex(inf, y)
        if _m.isnan(x):
            return complex(nan, nan)
        if _m.isinf(x):
            if x > 0:
                return complex(inf, _m.copysign(0.0, y) if _m.isfinite(y) else y)
            return complex(abs(y - y) if not _m.isnan(y) else nan, _m.copysign(inf, y))
        return complex(nan, nan)
    if x == 0 and y == 0:
        return complex(0.0, y)
    ax, ay = abs(x), abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = _m.ldexp(ax, 53)
        s = _m.ldexp(_m.sqrt(ax + _m.hypot(ax, _m.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * _m.sqrt(ax + _m.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0:
        return complex(s, _m.copysign(d, y))
    return complex(d, _m.copysign(s, y))


def sqrt(z, /):
    z = _complex(z)
    return _sqrt(z.real, z.imag)


def exp(z, /):
    z = _complex(z)
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(x) and _m.isfinite(y) and y != 0:
            if x > 0:
                return complex(_m.copysign(inf, _m.cos(y)), _m.copysign(inf, _m.sin(y)))
            return complex(_m.copysign(0.0, _m.cos(y)), _m.copysign(0.0, _m.sin(y)))
        if _m.isinf(x) and y == 0:
            return complex(inf if x > 0 else 0.0, y)
        if x == inf and _m.isinf(y):
            raise _domain()
        if x == inf and _m.isnan(y):
            return complex(inf, nan)
        if _m.isinf(x) and x < 0:
            return complex(0.0, 0.0)
        if _m.isnan(x) and y == 0:
            return complex(nan, y)
        if _m.isinf(y) and _m.isfinite(x):
            raise _domain()
        return complex(nan, nan)
    if x > _LOG_LARGE:
        scale = _m.exp(x - 1.0)
        r = complex(scale * _m.cos(y) * e, scale * _m.sin(y) * e)
    else:
        scale = _m.exp(x)
        r = complex(scale * _m.cos(y), scale * _m.sin(y))
    if _m.isinf(r.real) or _m.isinf(r.imag):
        raise _range()
    return r


def _log(x, y, zero_ok=False):
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if _m.isinf(x) or _m.isinf(y):
            return complex(inf, _m.atan2(y, x) if not (_m.isnan(x) or _m.isnan(y)) else nan)
        return complex(nan, nan)
    ax, ay = abs(x), abs(y)
    if ax > _LARGE or ay > _LARGE:
        real = _m.log(_m.hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0 or ay > 0:
            real = _m.log(_m.hypot(_m.ldexp(ax, 53), _m.ldexp(ay, 53))) - 53 * _LN2
        elif zero_ok:
            real = -inf
        else:
            raise _domain()
    else:
        h = _m.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            big, small = (ax, ay) if ax > ay else (ay, ax)
            real = _m.log1p((big - 1) * (big + 1) + small * small) / 2.0
        else:
            real = _m.log(h)
    return complex(real, _m.atan2(y, x))


def log(z, base=None, /):
    z = _complex(z)
    if base is None:
        return _log(z.real, z.imag)
    # as CPython's, log(0, base) is -inf (no error) and a zero divisor is the domain error
    r = _log(z.real, z.imag, True)
    b = _complex(base)
    d = _log(b.real, b.imag, True)
    if d == 0:
        raise _domain()
    return r / d


def log10(z, /):
    z = _complex(z)
    r = _log(z.real, z.imag)
    return complex(r.real / _LN10, r.imag / _LN10)


# -- hyperbolic functions and their inverses ---------------------------------------------------------------------------

def _cosh(x, y):
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if _m.isinf(x) and y == 0:
            return complex(inf, _m.copysign(0.0, x) * y if y else _m.copysign(0.0, x * y))
        return complex(nan, nan)
    if abs(x) > _LOG_LARGE:
        shifted = x - _m.copysign(1.0, x)
        r = complex(_m.cos(y) * _m.cosh(shifted) * e, _m.sin(y) * _m.sinh(shifted) * e)
    else:
        r = complex(_m.cos(y) * _m.cosh(x), _m.sin(y) * _m.sinh(x))
    if _m.isinf(r.real) or _m.isinf(r.imag):
        raise _range()
    return r


def _sinh(x, y):
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if _m.isinf(x) and y == 0:
            return complex(x, y)
        return complex(nan, nan)
    if abs(x) > _LOG_LARGE:
        shifted = x - _m.copysign(1.0, x)
        r = complex(_m.cos(y) * _m.sinh(shifted) * e, _m.sin(y) * _m.cosh(shifted) * e)
    else:
        r = complex(_m.cos(y) * _m.sinh(x), _m.sin(y) * _m.cosh(x))
    if _m.isinf(r.real) or _m.isinf(r.imag):
        raise _range()
    return r


def _tanh(x, y):
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if _m.isinf(x) and _m.isfinite(y):
            return complex(_m.copysign(1.0, x), _m.copysign(0.0, 2.0 * _m.sin(y) * _m.cos(y)))
        return complex(nan, nan)
    if abs(x) > _LOG_LARGE:
        return complex(_m.copysign(1.0, x), 4.0 * _m.sin(y) * _m.cos(y) * _m.exp(-2.0 * abs(x)))
    tx = _m.tanh(x)
    ty = _m.tan(y)
    cx = 1.0 / _m.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def _asinh(x, y):
    if not (_m.isfinite(x) and _m.isfinite(y)):
        return complex(nan, nan)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        big = _m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        real = _m.copysign(big, x) if y >= 0 else -_m.copysign(big, -x)
        return complex(real, _m.atan2(y, abs(x)))
    s1 = _sqrt(1.0 + y, -x)
    s2 = _sqrt(1.0 - y, x)
    return complex(_m.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   _m.atan2(y, s1.real * s2.real - s1.imag * s2.imag))


def _acosh(x, y):
    if not (_m.isfinite(x) and _m.isfinite(y)):
        return complex(nan, nan)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        return complex(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, _m.atan2(y, x))
    s1 = _sqrt(x - 1.0, y)
    s2 = _sqrt(x + 1.0, y)
    return complex(_m.asinh(s1.real * s2.real + s1.imag * s2.imag), 2.0 * _m.atan2(s1.imag, s2.real))


def _atanh(x, y):
    if not (_m.isfinite(x) and _m.isfinite(y)):
        return complex(nan, nan)
    if x < 0 or (x == 0 and _m.copysign(1.0, x) < 0):
        r = _atanh(-x, -y)
        return complex(-r.real, -r.imag)
    ay = abs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _m.hypot(x / 2.0, y / 2.0)
        return complex(x / 4.0 / h / h, -_m.copysign(pi / 2.0, -y))
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0:
            raise _domain()
        return complex(-_m.log(_m.sqrt(ay) / _m.sqrt(_m.hypot(ay, 2.0))), _m.copysign(_m.atan2(2.0, -ay) / 2, y))
    return complex(_m.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
                   -_m.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0)


def _acos(x, y):
    if not (_m.isfinite(x) and _m.isfinite(y)):
        return complex(nan, nan)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        real = _m.atan2(abs(y), x)
        big = _m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        imag = -_m.copysign(big, y) if x < 0 else _m.copysign(big, -y)
        return complex(real, imag)
    s1 = _sqrt(1.0 - x, -y)
    s2 = _sqrt(1.0 + x, y)
    return complex(2.0 * _m.atan2(s1.real, s2.real), _m.asinh(s2.real * s1.imag - s2.imag * s1.real))


def _rotated(f, z):
    """f(i*z) turned back by -i: how sin, tan, asin and atan follow from the hyperbolic functions."""
    s = f(-z.imag, z.real)
    return complex(s.imag, -s.real)


def cosh(z, /):
    z = _complex(z)
    return _cosh(z.real, z.imag)


def sinh(z, /):
    z = _complex(z)
    return _sinh(z.real, z.imag)


def tanh(z, /):
    z = _complex(z)
    return _tanh(z.real, z.imag)


def cos(z, /):
    z = _complex(z)
    return _cosh(-z.imag, z.real)


def sin(z, /):
    return _rotated(_sinh, _complex(z))


def tan(z, /):
    return _rotated(_tanh, _complex(z))


def asinh(z, /):
    z = _complex(z)
    return _asinh(z.real, z.imag)


def acosh(z, /):
    z = _complex(z)
    return _acosh(z.real, z.imag)


def atanh(z, /):
    z = _complex(z)
    return _atanh(z.real, z.imag)


def asin(z, /):
    return _rotated(_asinh, _complex(z))


def atan(z, /):
    return _rotated(_atanh, _complex(z))


def acos(z, /):
    z = _complex(z)
    return _acos(z.real, z.imag)


# -- polar coordinates and classification ---------------------------------------------------------------------------

def phase(z, /):
    z = _complex(z)
    return _m.atan2(z.imag, z.real)


def polar(z, /):
    z = _complex(z)
    r = _m.hypot(z.real, z.imag)
    if _m.isinf(r) and _finite(z):
        raise _range()
    return (r, _m.atan2(z.imag, z.real))


def rect(r, phi, /):
    r = _real(r)
    phi = _real(phi)
    if _m.isfinite(r) and _m.isfinite(phi):
        if phi == 0.0:
            return complex(r, r * phi)
        return complex(r * _m.cos(phi), r * _m.sin(phi))
    if _m.isinf(r) and _m.isfinite(phi) and phi != 0:
        if r > 0:
            return complex(_m.copysign(inf, _m.cos(phi)), _m.copysign(inf, _m.sin(phi)))
        return complex(-_m.copysign(inf, _m.cos(phi)), -_m.copysign(inf, _m.sin(phi)))
    if _m.isinf(r) and phi == 0:
        return complex(r, phi * (1.0 if r > 0 else -1.0))
    if _m.isinf(phi) and _m.isfinite(r) and r != 0:
        raise _domain()
    if r == 0 and not _m.isnan(phi):
        return complex(0.0, 0.0)
    return complex(nan, nan)


def _real(x):
    if isinstance(x, float):
        return x
    if isinstance(x, int):
        return float(x)
    conv = getattr(type(x), '__float__', None) or getattr(type(x), '__index__', None)
    if conv is None:
        raise TypeError('must be real number, not %s' % type(x).__name__)
    return float(conv(x))


def isfinite(z, /):
    return _finite(_complex(z))


def isinf(z, /):
    z = _complex(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)


def isnan(z, /):
    z = _complex(z)
    return _m.isnan(z.real) or _m.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a = _complex(a)
    b = _complex(b)
    rel_tol = _real(rel_tol)
    abs_tol = _real(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(a - b)
    return diff <= rel_tol * abs(b) or diff <= rel_tol * abs(a) or diff <= abs_tol
