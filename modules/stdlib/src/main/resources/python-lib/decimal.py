"""Decimal fixed- and floating-point arithmetic (the core of the General Decimal Arithmetic model).

Written for Tiercel. A finite Decimal is sign, integer coefficient and exponent (value = (-1)**sign *
coefficient * 10**exponent). Construction is exact; every arithmetic result is computed exactly with
Python integers and then rounded once to the context's precision, so results are correctly rounded
(like libmpdec, which CPython uses). Not yet here: exponent limits (Emin/Emax overflow, subnormals,
clamping), non-integral powers, ln/log10/exp, the logical operations and most of Context's methods.
"""

import sys as _sys
import numbers as _numbers
from collections import namedtuple as _namedtuple

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext', 'ExtendedContext',
           'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded',
           'Subnormal', 'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible',
           'InvalidContext', 'ConversionSyntax', 'DivisionUndefined',
           'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
           'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext', 'localcontext',
           'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR']

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
              ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


# ---- signals ------------------------------------------------------------------------------------------------

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


_SIGNALS = [Clamped, DivisionByZero, Inexact, Overflow, Rounded, Underflow, InvalidOperation, Subnormal,
            FloatOperation]

# A condition is reported through the signal that contexts track (ConversionSyntax through InvalidOperation).
_SIGNAL_OF = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
              DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


def _bad_rounding():
    return TypeError('valid values for rounding are:\n'
                     '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                     '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                     '   ROUND_05UP]')


# ---- contexts -----------------------------------------------------------------------------------------------

class Context:
    """Precision, rounding and the signals' flags and traps for arithmetic."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        base = DefaultContext if 'DefaultContext' in globals() else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        self.flags = self._signal_dict(flags, {})
        default_traps = dict(base.traps) if base else {InvalidOperation: True, DivisionByZero: True,
                                                       Overflow: True}
        self.traps = self._signal_dict(traps, default_traps)

    @staticmethod
    def _signal_dict(given, default):
        d = {s: False for s in _SIGNALS}
        if given is None:
            d.update(default)
        elif isinstance(given, dict):
            d.update(given)
        else:
            for s in given:
                d[s] = True
        return d

    def __setattr__(self, name, value):
        if name == 'prec' and (not isinstance(value, int) or value < 1):
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        if name == 'rounding' and value not in _ROUNDINGS:
            raise _bad_rounding()
        object.__setattr__(self, name, value)

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _raise(self, condition):
        """Records a condition; raises it when its signal is trapped."""
        signal = _SIGNAL_OF.get(condition, condition)
        self.flags[signal] = True
        if self.traps.get(signal):
            raise signal([condition])

    def create_decimal(self, num='0'):
        d = Decimal(num)
        return d._rounded(self) if d._is_finite() else d

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._rounded(self)

    def __repr__(self):
        flags = ', '.join(s.__name__ for s in _SIGNALS if self.flags[s])
        traps = ', '.join(s.__name__ for s in _SIGNALS if self.traps[s])
        return (f'Context(prec={self.prec}, rounding={self.rounding}, Emin={self.Emin}, Emax={self.Emax}, '
                f'capitals={self.capitals}, clamp={self.clamp}, flags=[{flags}], traps=[{traps}])')

    # A few of Context's operation methods, delegating to Decimal.
    def add(self, a, b):
        return _as_decimal(a, True).__add__(b, context=self)

    def subtract(self, a, b):
        return _as_decimal(a, True).__sub__(b, context=self)

    def multiply(self, a, b):
        return _as_decimal(a, True).__mul__(b, context=self)

    def divide(self, a, b):
        return _as_decimal(a, True).__truediv__(b, context=self)

    def quantize(self, a, b):
        return _as_decimal(a, True).quantize(b, context=self)

    def sqrt(self, a):
        return _as_decimal(a, True).sqrt(context=self)

    def plus(self, a):
        return _as_decimal(a, True).__pos__(context=self)

    def minus(self, a):
        return _as_decimal(a, True).__neg__(context=self)

    def abs(self, a):
        return _as_decimal(a, True).__abs__(context=self)

    def compare(self, a, b):
        return _as_decimal(a, True).compare(b, context=self)


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow, InvalidOperation,
                                                              Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

_current = DefaultContext.copy()


def getcontext():
    return _current


def setcontext(context):
    global _current
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current = context


class _LocalContext:
    def __init__(self, ctx, changes):
        self._new = (ctx if ctx is not None else getcontext()).copy()
        for name, value in changes.items():
            if not hasattr(self._new, name) or name in ('flags', 'traps') and not isinstance(value, dict):
                raise TypeError(f"'{name}' is an invalid keyword argument for this function")
            setattr(self._new, name, value)

    def __enter__(self):
        self._saved = getcontext()
        setcontext(self._new)
        return self._new

    def __exit__(self, *exc):
        setcontext(self._saved)


def localcontext(ctx=None, **kwargs):
    return _LocalContext(ctx, kwargs)


# ---- Decimal ------------------------------------------------------------------------------------------------

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')

_FINITE, _INF, _NAN, _SNAN = 0, 1, 2, 3


def _digits(n):
    return len(str(n))


def _as_decimal(value, strict):
    """An operand as a Decimal: Decimals and ints convert; anything else is NotImplemented (or TypeError)."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if strict:
        raise TypeError(f'conversion from {type(value).__name__} to Decimal is not supported')
    return NotImplemented


def _parse(text):
    """(sign, coefficient, exponent, kind) from a numeric string, or None when it is not one."""
    s = text.strip().replace('_', '')  # CPython's decimal drops every underscore
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 0, _INF
    for prefix, kind in (('snan', _SNAN), ('nan', _NAN)):
        if low.startswith(prefix):
            payload = low[len(prefix):]
            if payload and not payload.isdigit():
                return None
            return sign, int(payload or '0'), 0, kind
    mantissa, exp = s, 0
    for marker in 'eE':
        if marker in s:
            mantissa, _, tail = s.partition(marker)
            if not tail or not (tail.lstrip('+-').isdigit() and tail.count('-') + tail.count('+') <= 1
                                and tail[-1].isdigit() and (tail[0].isdigit() or tail[0] in '+-')):
                return None
            exp = int(tail)
            break
    whole, dot, frac = mantissa.partition('.')
    if not (whole or frac) or (whole and not whole.isdigit()) or (frac and not frac.isdigit()):
        return None
    digits = whole + frac
    return sign, int(digits), exp - len(frac), _FINITE


def _round_coefficient(sign, coef, drop, rounding):
    """coef with its last `drop` digits removed under `rounding`; (new coefficient, whether inexact)."""
    if drop <= 0:
        return coef, False
    unit = 10 ** drop
    kept, rest = divmod(coef, unit)
    if rest == 0:
        return kept, False
    half = unit // 2
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_HALF_UP:
        up = rest >= half
    elif rounding == ROUND_HALF_DOWN:
        up = rest > half
    elif rounding == ROUND_HALF_EVEN:
        up = rest > half or (rest == half and kept % 2 == 1)
    else:  # ROUND_05UP: away from zero only when the kept last digit is 0 or 5
        up = kept % 5 == 0
    return kept + 1 if up else kept, True


def _parts(value, context):
    """(sign, coefficient, exponent, kind) of the Decimal that Decimal(value, context) makes."""
    if isinstance(value, Decimal):
        return value._sign, value._coef, value._exp, value._kind
    if isinstance(value, int):
        return 1 if value < 0 else 0, abs(int(value)), 0, _FINITE
    if isinstance(value, float):
        other = Decimal.from_float(value)
        return other._sign, other._coef, other._exp, other._kind
    if isinstance(value, str):
        parsed = _parse(value)
        if parsed is None:
            (context or getcontext())._raise(ConversionSyntax)
            return 0, 0, 0, _NAN
        return parsed
    if isinstance(value, (tuple, list)):
        return _tuple_parts(value)
    raise TypeError(f'conversion from {type(value).__name__} to Decimal is not supported')


def _tuple_parts(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if sign not in (0, 1):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if any(not isinstance(d, int) or not 0 <= d <= 9 for d in digits):
        raise ValueError('coefficient must be a tuple of digits')
    coef = int(''.join(map(str, digits)) or '0')
    if exp == 'F':
        return sign, 0, 0, _INF
    if exp in ('n', 'N'):
        return sign, coef, 0, _NAN if exp == 'n' else _SNAN
    if isinstance(exp, int):
        return sign, coef, exp, _FINITE
    raise ValueError('exponent must be an integer')


class _PyDecimalBase:
    """Decimal's storage, construction and commonest operations in Python.

    The Java accelerator _decimal_core replaces this class with its DecimalBase (the same methods on finite
    numbers, and these ones for everything else), as CPython's decimal replaces _pydecimal with _decimal.
    """

    __slots__ = ('_sign', '_coef', '_exp', '_kind')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        self._set(*_parts(value, context))
        return self

    def _set(self, sign, coef, exp, kind):
        object.__setattr__(self, '_sign', sign)
        object.__setattr__(self, '_coef', coef)
        object.__setattr__(self, '_exp', exp)
        object.__setattr__(self, '_kind', kind)

    @staticmethod
    def _make(sign, coef, exp, kind=_FINITE):
        d = object.__new__(Decimal)
        d._set(sign, coef, exp, kind)
        return d

    def __str__(self):
        return self._to_string(getcontext().capitals)

    def __repr__(self):
        return f"Decimal('{self}')"

    def __bool__(self):
        return self._kind != _FINITE or self._coef != 0

    def quantize(self, exp, rounding=None, context=None):
        return self._quantize(exp, rounding, context)

    def __add__(self, other, context=None):
        other = _as_decimal(other, False)
        if other is NotImplemented:
            return other
        return self._add(other, context or getcontext(), other._sign)

    def __radd__(self, other, context=None):
        other = _as_decimal(other, False)
        if other is NotImplemented:
            return other
        return other._add(self, context or getcontext(), self._sign)

    def __sub__(self, other, context=None):
        other = _as_decimal(other, False)
        if other is NotImplemented:
            return other
        return self._add(other, context or getcontext(), 1 - other._sign)

    def __rsub__(self, other, context=None):
        other = _as_decimal(other, False)
        if other is NotImplemented:
            return other
        return other._add(self, context or getcontext(), 1 - self._sign)

    def __mul__(self, other, context=None):
        other = _as_decimal(other, False)
        if other is NotImplemented:
            return other
        return self._mul(other, context or getcontext())

    def __rmul__(self, other, context=None):
        other = _as_decimal(other, False)
        if other is NotImplemented:
            return other
        return other._mul(self, context or getcontext())

    def __eq__(self, other):
        other = self._comparable(other, False)
        if other is NotImplemented:
            return other
        if self.is_nan() or other.is_nan():
            return False
        return self._compare(other) == 0

    def __lt__(self, other):
        return self._order(other, lambda c: c < 0)

    def __le__(self, other):
        return self._order(other, lambda c: c <= 0)

    def __gt__(self, other):
        return self._order(other, lambda c: c > 0)

    def __ge__(self, other):
        return self._order(other, lambda c: c >= 0)

    def __hash__(self):
        return self._hash()


try:
    import _decimal_core as _accelerator
    _DecimalBase = _accelerator.DecimalBase
except ImportError:
    _accelerator = None
    _DecimalBase = _PyDecimalBase


class Decimal(_DecimalBase):
    """A decimal number: exact on construction, rounded to the context on arithmetic."""

    __slots__ = ()

    def __setattr__(self, name, value):
        # a subclass's instances take attributes (they have a __dict__); the fields never change
        if type(self) is Decimal or name in ('_sign', '_coef', '_exp', '_kind'):
            raise AttributeError(f"'decimal.Decimal' object has no attribute '{name}' and no __dict__ for setting "
                                 "new attributes")
        object.__setattr__(self, name, value)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        if f != f:
            return cls('NaN')
        if f in (float('inf'), float('-inf')):
            return cls('-Infinity' if f < 0 else 'Infinity')
        sign = 1 if str(f)[0] == '-' else 0
        num, den = abs(f).as_integer_ratio()
        twos = den.bit_length() - 1
        result = Decimal._make(sign, num * 5 ** twos, -twos)
        return cls(result) if cls is not Decimal else result

    # ---- classification ---------------------------------------------------------------------------------------

    def _is_finite(self):
        return self._kind == _FINITE

    def is_finite(self):
        return self._kind == _FINITE

    def is_infinite(self):
        return self._kind == _INF

    def is_nan(self):
        return self._kind in (_NAN, _SNAN)

    def is_qnan(self):
        return self._kind == _NAN

    def is_snan(self):
        return self._kind == _SNAN

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._kind == _FINITE and self._coef == 0

    def adjusted(self):
        return self._exp + _digits(self._coef) - 1 if self._kind == _FINITE else 0

    def as_tuple(self):
        exp = {_INF: 'F', _NAN: 'n', _SNAN: 'N'}.get(self._kind, self._exp)
        digits = tuple(int(c) for c in str(self._coef)) if self._coef or self._kind in (_FINITE, _INF) else ()
        return DecimalTuple(self._sign, digits, exp)

    def as_integer_ratio(self):
        if self._kind == _INF:
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._kind != _FINITE:
            raise ValueError('cannot convert NaN to integer ratio')
        signed = -self._coef if self._sign else self._coef
        if self._exp >= 0:
            return signed * 10 ** self._exp, 1
        num, den = signed, 10 ** -self._exp
        g = _gcd(num, den)
        return num // g, den // g

    # ---- text ---------------------------------------------------------------------------------------------------

    def to_eng_string(self, context=None):
        return self._to_string(1, engineering=True)

    def _to_string(self, capitals, engineering=False):
        sign = '-' if self._sign else ''
        if self._kind == _INF:
            return sign + 'Infinity'
        if self._kind in (_NAN, _SNAN):
            return sign + ('sNaN' if self._kind == _SNAN else 'NaN') + (str(self._coef) if self._coef else '')
        digits = str(self._coef)
        left = self._exp + len(digits)  # digits before the point in plain notation
        if self._exp <= 0 and left > -6:
            point = left
        elif not engineering:
            point = 1
        elif self._coef == 0:
            point = (left + 1) % 3 - 1
        else:
            point = (left - 1) % 3 + 1
        if point <= 0:
            body = '0.' + '0' * -point + digits
        elif point >= len(digits):
            body = digits + '0' * (point - len(digits))
        else:
            body = digits[:point] + '.' + digits[point:]
        if point == left:
            return sign + body
        return sign + body + ('E' if capitals else 'e') + '%+d' % (left - point)

    def __format__(self, spec):
        if spec == '':
            return str(self)
        if spec[-1:] in ('f', 'F') and spec[:-1].lstrip('.').isdigit() and spec.startswith('.'):
            places = int(spec[1:-1])
            return str(self.quantize(Decimal((0, (1,), -places)), rounding=ROUND_HALF_EVEN,
                                     context=Context(prec=MAX_PREC)))
        return format(float(self), spec)

    # ---- conversions -------------------------------------------------------------------------------------------

    def __float__(self):
        if self._kind == _NAN:
            return float('-nan') if self._sign else float('nan')
        if self._kind == _SNAN:
            raise ValueError('cannot convert signaling NaN to float')
        return float(str(self))

    def __int__(self):
        if self._kind == _INF:
            raise OverflowError('cannot convert Infinity to integer')
        if self._kind != _FINITE:
            raise ValueError('cannot convert NaN to integer')
        value = self._coef * 10 ** self._exp if self._exp >= 0 else self._coef // 10 ** -self._exp
        return -value if self._sign else value

    __trunc__ = __int__

    def __floor__(self):
        return int(self.to_integral_value(rounding=ROUND_FLOOR))

    def __ceil__(self):
        return int(self.to_integral_value(rounding=ROUND_CEILING))

    def __round__(self, n=None):
        if n is None:
            return int(self.to_integral_value(rounding=ROUND_HALF_EVEN))
        if not isinstance(n, int):
            raise TypeError('Second argument to round should be integral')
        return self.quantize(Decimal._make(0, 1, -n))

    def to_integral_value(self, rounding=None, context=None):
        if self._kind != _FINITE or self._exp >= 0:
            return self
        rounding = rounding or (context or getcontext()).rounding
        coef, _ = _round_coefficient(self._sign, self._coef, -self._exp, rounding)
        return Decimal._make(self._sign, coef, 0)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        context = context or getcontext()
        result = self.to_integral_value(rounding, context)
        if result != self:
            context._raise(Inexact)
        return result

    # ---- rounding ----------------------------------------------------------------------------------------------

    def _rounded(self, context):
        """This finite value rounded to the context's precision (flags Rounded and Inexact as needed)."""
        drop = _digits(self._coef) - context.prec
        if drop <= 0:
            return self
        coef, inexact = _round_coefficient(self._sign, self._coef, drop, context.rounding)
        exp = self._exp + drop
        if coef == 10 ** context.prec:
            coef //= 10
            exp += 1
        context._raise(Rounded)
        if inexact:
            context._raise(Inexact)
        return Decimal._make(self._sign, coef, exp)

    def _quantize(self, exp, rounding, context):
        context = context or getcontext()
        exp = _as_decimal(exp, True)
        special = self._special_pair(exp, context)
        if special is not None:
            return special
        if self._kind == _INF or exp._kind == _INF:
            if self._kind == exp._kind:
                return self
            context._raise(InvalidOperation)
            return Decimal('NaN')
        target = exp._exp
        rounding = rounding or context.rounding
        if rounding not in _ROUNDINGS:
            raise _bad_rounding()
        if self._coef == 0:
            return Decimal._make(self._sign, 0, target)
        if target >= self._exp:
            coef, inexact = _round_coefficient(self._sign, self._coef, target - self._exp, rounding)
        else:
            coef, inexact = self._coef * 10 ** (self._exp - target), False
        if _digits(coef) > context.prec:
            context._raise(InvalidOperation)
            return Decimal('NaN')
        if target > self._exp:
            context._raise(Rounded)
        if inexact:
            context._raise(Inexact)
        return Decimal._make(self._sign, coef, target)

    def normalize(self, context=None):
        context = context or getcontext()
        if self._kind != _FINITE:
            return self._quiet(context)
        value = self._rounded(context)
        if value._coef == 0:
            return Decimal._make(value._sign, 0, 0)
        coef, exp = value._coef, value._exp
        while coef % 10 == 0:
            coef //= 10
            exp += 1
        return Decimal._make(value._sign, coef, exp)

    def sqrt(self, context=None):
        context = context or getcontext()
        special = self._special_pair(None, context)
        if special is not None:
            return special
        if self._kind == _INF:
            if self._sign:
                context._raise(InvalidOperation)
                return Decimal('NaN')
            return self
        ideal = self._exp // 2
        if self._coef == 0:
            return Decimal._make(self._sign, 0, ideal)
        if self._sign:
            context._raise(InvalidOperation)
            return Decimal('NaN')
        # Scale so the integer root has more than prec digits and the exponent is even.
        shift = max(0, 2 * (context.prec + 2) - _digits(self._coef))
        if (self._exp - shift) % 2:
            shift += 1
        scaled = self._coef * 10 ** shift
        root = _isqrt(scaled)
        exp = (self._exp - shift) // 2
        if root * root == scaled:
            while exp < ideal and root % 10 == 0:
                root //= 10
                exp += 1
        elif root % 5 == 0:
            root += 1  # a sticky digit: the exact root lies strictly between
        result = Decimal._make(0, root, exp)
        rounding_context = context.copy()
        rounding_context.rounding = ROUND_HALF_EVEN
        rounded = result._rounded(rounding_context)
        if root * root != scaled:
            context._raise(Rounded)
            context._raise(Inexact)
        return rounded

    # ---- arithmetic --------------------------------------------------------------------------------------------

    def _quiet(self, context):
        if self._kind == _SNAN:
            context._raise(InvalidOperation)
        return Decimal._make(self._sign, self._coef, 0, _NAN)

    def _special_pair(self, other, context):
        """The NaN result when either operand is a NaN (signaling ones raise), else None."""
        for operand in (self, other):
            if operand is not None and operand._kind == _SNAN:
                context._raise(InvalidOperation)
                return operand._quiet(context)
        for operand in (self, other):
            if operand is not None and operand._kind == _NAN:
                return operand
        return None

    def _add(self, other, context, other_sign):
        special = self._special_pair(other, context)
        if special is not None:
            return special
        if self._kind == _INF or other._kind == _INF:
            if self._kind == other._kind and self._sign != other_sign:
                context._raise(InvalidOperation)
                return Decimal('NaN')
            return self if self._kind == _INF else Decimal._make(other_sign, 0, 0, _INF)
        exp = min(self._exp, other._exp)
        a = self._coef * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._coef * 10 ** (other._exp - exp) * (-1 if other_sign else 1)
        total = a + b
        if total == 0:
            # An exact zero is positive unless both addends are negative (or rounding is toward -inf).
            both_negative = self._sign == 1 and other_sign == 1
            sign = 1 if both_negative or (context.rounding == ROUND_FLOOR and self._sign != other_sign) else 0
            return Decimal._make(sign, 0, exp)
        return Decimal._make(1 if total < 0 else 0, abs(total), exp)._rounded(context)

    def _mul(self, other, context):
        special = self._special_pair(other, context)
        if special is not None:
            return special
        sign = self._sign ^ other._sign
        if self._kind == _INF or other._kind == _INF:
            if self.is_zero() or other.is_zero():
                context._raise(InvalidOperation)
                return Decimal('NaN')
            return Decimal._make(sign, 0, 0, _INF)
        return Decimal._make(sign, self._coef * other._coef, self._exp + other._exp)._rounded(context)

    def __truediv__(self, other, context=None):
        other = _as_decimal(other, False)
        if other is NotImplemented:
            return other
        return self._div(other, context or getcontext())

    def __rtruediv__(self, other, context=None):
        other = _as_decimal(other, False)
        if other is NotImplemented:
            return other
        return other._div(self, context or getcontext())

    def _div(self, other, context):
        special = self._special_pair(other, context)
        if special is not None:
            return special
        sign = self._sign ^ other._sign
        if self._kind == _INF:
            if other._kind == _INF:
                context._raise(InvalidOperation)
                return Decimal('NaN')
            return Decimal._make(sign, 0, 0, _INF)
        if other._kind == _INF:
            return Decimal._make(sign, 0, context.Etiny())
        ideal = self._exp - other._exp
        if other._coef == 0:
            if self._coef == 0:
                context._raise(DivisionUndefined)
                return Decimal('NaN')
            context._raise(DivisionByZero)
            return Decimal._make(sign, 0, 0, _INF)
        if self._coef == 0:
            return Decimal._make(sign, 0, ideal)
        shift = _digits(other._coef) - _digits(self._coef) + context.prec + 1
        if shift >= 0:
            quotient, rest = divmod(self._coef * 10 ** shift, other._coef)
        else:
            quotient, rest = divmod(self._coef, other._coef * 10 ** -shift)
        exp = ideal - shift
        if rest:
            if quotient % 5 == 0:
                quotient += 1  # sticky digit: the exact quotient lies strictly above
        else:
            while exp < ideal and quotient % 10 == 0:
                quotient //= 10
                exp += 1
        return Decimal._make(sign, quotient, exp)._rounded(context)

    def _divmod(self, other, context):
        special = self._special_pair(other, context)
        if special is not None:
            return special, special
        sign = self._sign ^ other._sign
        if self._kind == _INF or other._kind == _INF or other.is_zero():
            if other.is_zero() and not self.is_zero() and self._kind == _FINITE:
                context._raise(DivisionByZero)
                return Decimal._make(sign, 0, 0, _INF), Decimal('NaN')
            context._raise(InvalidOperation)
            return Decimal('NaN'), Decimal('NaN')
        exp = min(self._exp, other._exp)
        a = self._coef * 10 ** (self._exp - exp)
        b = other._coef * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if _digits(q) > context.prec:
            context._raise(DivisionImpossible)
            return Decimal('NaN'), Decimal('NaN')
        quotient = Decimal._make(sign, q, 0)
        remainder = Decimal._make(self._sign, r, exp)._rounded(context)
        return quotient, remainder

    def __floordiv__(self, other, context=None):
        other = _as_decimal(other, False)
        return other if other is NotImplemented else self._divmod(other, context or getcontext())[0]

    def __rfloordiv__(self, other, context=None):
        other = _as_decimal(other, False)
        return other if other is NotImplemented else other._divmod(self, context or getcontext())[0]

    def __mod__(self, other, context=None):
        other = _as_decimal(other, False)
        return other if other is NotImplemented else self._divmod(other, context or getcontext())[1]

    def __rmod__(self, other, context=None):
        other = _as_decimal(other, False)
        return other if other is NotImplemented else other._divmod(self, context or getcontext())[1]

    def __divmod__(self, other, context=None):
        other = _as_decimal(other, False)
        return other if other is NotImplemented else self._divmod(other, context or getcontext())

    def __rdivmod__(self, other, context=None):
        other = _as_decimal(other, False)
        return other if other is NotImplemented else other._divmod(self, context or getcontext())

    def __pow__(self, other, modulo=None, context=None):
        other = _as_decimal(other, False)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        special = self._special_pair(other, context)
        if special is not None:
            return special
        if modulo is not None or other._kind != _FINITE or self._kind != _FINITE or other._exp < 0 and (
                other._coef % 10 ** -other._exp):
            raise NotImplementedError('Tiercel decimal: only finite numbers to integral powers so far')
        n = int(other)
        if n == 0:
            if self.is_zero():
                context._raise(InvalidOperation)
                return Decimal('NaN')
            return Decimal._make(0, 1, 0)
        sign = self._sign if n % 2 else 0
        if n > 0:
            return Decimal._make(sign, self._coef ** n, self._exp * n)._rounded(context)
        if self.is_zero():
            return Decimal._make(sign, 0, 0, _INF)
        return Decimal._make(sign, 1, 0)._div(Decimal._make(0, self._coef ** -n, self._exp * -n), context)

    def __rpow__(self, other, context=None):
        other = _as_decimal(other, False)
        return other if other is NotImplemented else other.__pow__(self, context=context)

    def __neg__(self, context=None):
        context = context or getcontext()
        if self._kind != _FINITE:
            return self._quiet(context) if self.is_nan() else Decimal._make(1 - self._sign, 0, 0, _INF)
        sign = 0 if self._coef == 0 and context.rounding != ROUND_FLOOR else 1 - self._sign
        return Decimal._make(sign, self._coef, self._exp)._rounded(context)

    def __pos__(self, context=None):
        context = context or getcontext()
        if self._kind != _FINITE:
            return self._quiet(context) if self.is_nan() else self
        sign = 0 if self._coef == 0 and context.rounding != ROUND_FLOOR else self._sign
        return Decimal._make(sign, self._coef, self._exp)._rounded(context)

    def __abs__(self, context=None):
        context = context or getcontext()
        if self._kind != _FINITE:
            return self._quiet(context) if self.is_nan() else Decimal._make(0, 0, 0, _INF)
        return Decimal._make(0, self._coef, self._exp)._rounded(context)

    def next_plus(self, context=None):
        return self._next(1, context or getcontext())

    def next_minus(self, context=None):
        return self._next(-1, context or getcontext())

    def next_toward(self, other, context=None):
        other = _as_decimal(other, True)
        order = self._compare(other)
        return self.copy_sign(other) if order == 0 else self._next(-order, context or getcontext())

    def _next(self, direction, context):
        """The closest number at the context's precision above (1) or below (-1) this one."""
        if self._kind == _INF:
            if (self._sign == 0) == (direction > 0):
                return self
            return Decimal._make(self._sign, 10 ** context.prec - 1, context.Emax - context.prec + 1)
        if self.is_nan():
            return self._quiet(context)
        prec, etiny = context.prec, context.Etiny()
        if self._coef == 0:
            return Decimal._make(0 if direction > 0 else 1, 1, etiny)
        toward = ROUND_CEILING if direction > 0 else ROUND_FLOOR
        drop = _digits(self._coef) - prec
        if drop > 0:
            coef, inexact = _round_coefficient(self._sign, self._coef, drop, toward)
            if inexact:
                return Decimal._make(self._sign, coef, self._exp + drop)._rounded(context)
            coef, exp = coef, self._exp + drop
        else:
            widen = min(-drop, self._exp - etiny)
            coef, exp = self._coef * 10 ** widen, self._exp - widen
        away = (direction > 0) == (self._sign == 0)  # moving away from zero grows the coefficient
        if away:
            coef += 1
            if coef == 10 ** prec:
                coef, exp = 10 ** (prec - 1), exp + 1
        else:
            coef -= 1
            if coef < 10 ** (prec - 1) and exp > etiny:
                coef, exp = coef * 10 + 9, exp - 1
        return Decimal._make(self._sign, coef, exp)

    def copy_abs(self):
        return Decimal._make(0, self._coef, self._exp, self._kind)

    def copy_negate(self):
        return Decimal._make(1 - self._sign, self._coef, self._exp, self._kind)

    def copy_sign(self, other, context=None):
        other = _as_decimal(other, True)
        return Decimal._make(other._sign, self._coef, self._exp, self._kind)

    # ---- comparison --------------------------------------------------------------------------------------------

    def _compare(self, other):
        """-1, 0 or 1 for two non-NaN Decimals."""
        if self._kind == _INF or other._kind == _INF:
            a = (-1 if self._sign else 1) * (2 if self._kind == _INF else 0)
            b = (-1 if other._sign else 1) * (2 if other._kind == _INF else 0)
            if self._kind != _INF:
                a = 0 if self.is_zero() else (-1 if self._sign else 1)
            if other._kind != _INF:
                b = 0 if other.is_zero() else (-1 if other._sign else 1)
            return (a > b) - (a < b)
        exp = min(self._exp, other._exp)
        a = self._coef * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._coef * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        return (a > b) - (a < b)

    def _comparable(self, other, ordering):
        """other as a Decimal for comparing (floats exactly), or NotImplemented."""
        if isinstance(other, float):
            getcontext().flags[FloatOperation] = True
            return Decimal.from_float(other)
        if isinstance(other, _numbers.Rational) and not isinstance(other, int):
            return NotImplemented
        return _as_decimal(other, False)

    def _order(self, other, test):
        other = self._comparable(other, True)
        if other is NotImplemented:
            return other
        if self.is_nan() or other.is_nan():
            getcontext()._raise(InvalidOperation)
            return False
        return test(self._compare(other))

    def compare(self, other, context=None):
        other = _as_decimal(other, True)
        special = self._special_pair(other, context or getcontext())
        if special is not None:
            return special
        return Decimal(self._compare(other))

    def max(self, other, context=None):
        other = _as_decimal(other, True)
        return other if self._compare(other) < 0 else self

    def min(self, other, context=None):
        other = _as_decimal(other, True)
        return other if self._compare(other) > 0 else self

    def _hash(self):
        if self._kind == _SNAN:
            raise TypeError('Cannot hash a signaling NaN value.')
        if self._kind == _NAN:
            return object.__hash__(self)
        if self._kind == _INF:
            return -_sys.hash_info.inf if self._sign else _sys.hash_info.inf
        modulus = _sys.hash_info.modulus
        if self._exp >= 0:
            scale = pow(10, self._exp, modulus)
        else:
            scale = pow(pow(10, modulus - 2, modulus), -self._exp, modulus)
        value = self._coef * scale % modulus
        value = -value if self._sign else value
        return -2 if value == -1 else value

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self


def _gcd(a, b):
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a


def _isqrt(n):
    """The integer square root by Newton's iteration from above."""
    if n == 0:
        return 0
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


_numbers.Number.register(Decimal)

if _accelerator is not None:
    _accelerator._bind(globals())
