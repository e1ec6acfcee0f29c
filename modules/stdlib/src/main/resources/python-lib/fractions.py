"""Fraction, infinite-precision rational numbers."""

import numbers
import operator
import sys

__all__ = ['Fraction']

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf


def _gcd(a, b):
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a


def _is_nan_or_inf(x):
    return x != x or x in (float('inf'), float('-inf'))


def _parse(text):
    """Parse a Fraction literal: '3/4', ' -1.5e3 ', '.25', '1_000' ...; None if invalid."""
    s = text.strip()
    sign = 1
    if s and s[0] in '+-':
        if s[0] == '-':
            sign = -1
        s = s[1:]

    def digits(part, allow_empty=False):
        if part == '':
            return allow_empty
        if part.startswith('_') or part.endswith('_') or '__' in part:
            return False
        return all(ch.isdigit() and ch.isdecimal() for ch in part.replace('_', ''))

    if not s or not (s[0].isdecimal() or (s[0] == '.' and s[1:2].isdecimal())):
        return None
    if '/' in s:
        num, _, den = s.partition('/')
        num = num.rstrip()
        den = den.lstrip()
        if not digits(num) or not digits(den):
            return None
        return sign * int(num), int(den)
    mantissa, exp = s, ''
    for marker in 'eE':
        if marker in s:
            mantissa, _, exp = s.partition(marker)
            break
    whole, dot, frac = mantissa.partition('.')
    if not digits(whole, True) or not digits(frac, True):
        return None
    if dot and whole == '' and frac == '':
        return None
    numerator = int(whole or '0')
    denominator = 1
    if frac:
        scale = 10 ** len(frac.replace('_', ''))
        numerator = numerator * scale + int(frac)
        denominator = scale
    if exp or s.endswith(('e', 'E')):
        esign = 1
        if exp and exp[0] in '+-':
            esign = -1 if exp[0] == '-' else 1
            exp = exp[1:]
        if not digits(exp):
            return None
        power = int(exp) * esign
        if power >= 0:
            numerator *= 10 ** power
        else:
            denominator *= 10 ** -power
    return sign * numerator, denominator


def _round_half_even(n, d):
    """Round n/d (d > 0) to the nearest integer, ties to even."""
    floor, remainder = divmod(n, d)
    if remainder * 2 < d:
        return floor
    if remainder * 2 > d:
        return floor + 1
    return floor if floor % 2 == 0 else floor + 1


def _group(digits, sep):
    if not sep:
        return digits
    groups = []
    while len(digits) > 3:
        groups.append(digits[-3:])
        digits = digits[:-3]
    groups.append(digits)
    return sep.join(reversed(groups))


class Fraction(numbers.Rational):
    """This class implements rational numbers.

    Fraction(8, 6) == Fraction(4, 3); Fraction() == 0. Fractions can also be built from
    another rational, a float, a Decimal or a string such as '3/7', '-1.5' or '2e-3'.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int is type(denominator):
            pass
        elif (isinstance(numerator, numbers.Rational) and
              isinstance(denominator, numbers.Rational)):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        g = _gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator, /):
        obj = super(Fraction, cls).__new__(cls)
        obj._numerator = numerator
        obj._denominator = denominator
        return obj

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)' %
                            (cls.__name__, f, type(f).__name__))
        return cls._from_coprime_ints(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Converts a finite Decimal instance to a rational number, exactly."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        if not _is_decimal(dec):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)' %
                            (cls.__name__, dec, type(dec).__name__))
        return cls._from_coprime_ints(*dec.as_integer_ratio())

    def is_integer(self):
        """Return True if the Fraction is an integer."""
        return self._denominator == 1

    def as_integer_ratio(self):
        """Return a pair of integers, whose ratio is equal to the original Fraction."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued-fraction convergents, then pick the better of the last
        # convergent and the best semiconvergent.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction._from_coprime_ints(p1, q1)
        return Fraction._from_coprime_ints(p0 + k * p1, q0 + k * q1)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        """repr(self)"""
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        """str(self)"""
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # -------------------- formatting --------------------

    def __format__(self, format_spec, /):
        """Format this fraction according to the given format specification."""
        spec = _parse_spec(format_spec)
        if spec is None:
            raise ValueError(f'Invalid format specifier {format_spec!r} for object of type '
                             f'{type(self).__name__!r}')
        fill, align, sign, no_neg_zero, alternate, zeropad, width, thousands, precision, kind = spec
        if kind == '':
            if precision is not None:
                raise ValueError(f'Invalid format specifier {format_spec!r} for object of type '
                                 f'{type(self).__name__!r}')
            negative = self._numerator < 0
            body = _group(str(abs(self._numerator)), thousands)
            if self._denominator != 1 or alternate:
                body += '/' + _group(str(self._denominator), thousands)
        else:
            negative, body = self._format_float_style(kind, precision, alternate, thousands,
                                                      no_neg_zero)
        prefix = '-' if negative else ('' if sign == '-' else sign)
        if zeropad and not align:
            fill, align = '0', '='
            if thousands:
                # Zero padding goes inside the digit grouping: 0,001,234.57
                end = 0
                while end < len(body) and body[end] in '0123456789' + thousands:
                    end += 1
                digits, rest = body[:end].replace(thousands, ''), body[end:]
                needed = width - len(prefix) - len(rest)
                grouped = _group(digits, thousands)
                while len(grouped) < needed:
                    digits = '0' + digits
                    grouped = _group(digits, thousands)
                body = grouped + rest
        if not align:
            align = '>'
        padding = width - len(prefix) - len(body) if width else 0
        if padding <= 0:
            return prefix + body
        if align == '<':
            return prefix + body + fill * padding
        if align == '>':
            return fill * padding + prefix + body
        if align == '=':
            return prefix + fill * padding + body
        half = padding // 2
        return fill * half + prefix + body + fill * (padding - half)

    def _format_float_style(self, kind, precision, alternate, thousands, no_neg_zero):
        n, d = self._numerator, self._denominator
        negative = n < 0
        n = abs(n)
        if kind == '%':
            n *= 100
        if precision is None:
            precision = 6
        lower = kind.lower()
        if lower == 'g':
            if precision == 0:
                precision = 1
            exponent = _exponent_after_rounding(n, d, precision) if n else 0
            if -4 <= exponent < precision:
                lower, places = 'f', precision - 1 - exponent
            else:
                lower, places = 'e', precision - 1
            strip = not alternate
        else:
            places = precision
            strip = False
        if lower in ('f', '%'):
            scaled = _round_half_even(n * 10 ** places, d)
            digits = str(scaled).rjust(places + 1, '0')
            whole, frac = digits[:len(digits) - places], digits[len(digits) - places:]
            exp_text = ''
        else:
            exponent = _exponent_after_rounding(n, d, places + 1) if n else 0
            if exponent >= places:
                scaled = _round_half_even(n, d * 10 ** (exponent - places))
            else:
                scaled = _round_half_even(n * 10 ** (places - exponent), d)
            digits = str(scaled).rjust(places + 1, '0')
            whole, frac = digits[0], digits[1:]
            exp_text = ('E' if kind.isupper() else 'e') + ('-' if exponent < 0 else '+') + '%02d' % abs(exponent)
        if strip:
            frac = frac.rstrip('0')
        if no_neg_zero and not int(whole + frac or '0'):
            negative = False
        body = _group(whole, thousands)
        if frac or alternate:
            body += '.' + frac
        body += exp_text
        if kind == '%':
            body += '%'
        return negative, body

    # -------------------- arithmetic --------------------

    def _coerce(self, other, reverse):
        """(numerator, denominator) of an operand handled exactly, or None."""
        if isinstance(other, int):
            return other, 1
        if isinstance(other, Fraction):
            return other._numerator, other._denominator
        if reverse and isinstance(other, numbers.Rational):
            return other.numerator, other.denominator
        return None

    @staticmethod
    def _make(n, d):
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        g = _gcd(n, d)
        if d < 0:
            g = -g
        return Fraction._from_coprime_ints(n // g, d // g)

    def _binary(self, other, exact, inexact, reverse, handle_complex=True):
        pair = self._coerce(other, reverse)
        if pair is not None:
            if reverse:
                return exact((pair[0], pair[1]), (self._numerator, self._denominator))
            return exact((self._numerator, self._denominator), pair)
        if isinstance(other, float):
            return inexact(other, float(self)) if reverse else inexact(float(self), other)
        if handle_complex and isinstance(other, complex):
            return inexact(other, complex(self)) if reverse else inexact(complex(self), other)
        if reverse and isinstance(other, numbers.Real):
            return inexact(float(other), float(self))
        if handle_complex and reverse and isinstance(other, numbers.Complex):
            return inexact(complex(other), complex(self))
        return NotImplemented

    @staticmethod
    def _add(a, b):
        return Fraction._make(a[0] * b[1] + b[0] * a[1], a[1] * b[1])

    @staticmethod
    def _sub(a, b):
        return Fraction._make(a[0] * b[1] - b[0] * a[1], a[1] * b[1])

    @staticmethod
    def _mul(a, b):
        return Fraction._make(a[0] * b[0], a[1] * b[1])

    @staticmethod
    def _div(a, b):
        if b[0] == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % (a[0] * b[1]))
        return Fraction._make(a[0] * b[1], a[1] * b[0])

    @staticmethod
    def _floordiv(a, b):
        return (a[0] * b[1]) // (a[1] * b[0])

    @staticmethod
    def _divmod(a, b):
        da, db = a[1], b[1]
        div, n_mod = divmod(a[0] * db, da * b[0])
        return div, Fraction._make(n_mod, da * db)

    @staticmethod
    def _mod(a, b):
        da, db = a[1], b[1]
        return Fraction._make((a[0] * db) % (b[0] * da), da * db)

    def __add__(a, b):
        return a._binary(b, Fraction._add, operator.add, False)

    def __radd__(b, a):
        return b._binary(a, Fraction._add, operator.add, True)

    def __sub__(a, b):
        return a._binary(b, Fraction._sub, operator.sub, False)

    def __rsub__(b, a):
        return b._binary(a, Fraction._sub, operator.sub, True)

    def __mul__(a, b):
        return a._binary(b, Fraction._mul, operator.mul, False)

    def __rmul__(b, a):
        return b._binary(a, Fraction._mul, operator.mul, True)

    def __truediv__(a, b):
        return a._binary(b, Fraction._div, operator.truediv, False)

    def __rtruediv__(b, a):
        return b._binary(a, Fraction._div, operator.truediv, True)

    def __floordiv__(a, b):
        return a._binary(b, Fraction._floordiv, operator.floordiv, False, False)

    def __rfloordiv__(b, a):
        return b._binary(a, Fraction._floordiv, operator.floordiv, True, False)

    def __divmod__(a, b):
        return a._binary(b, Fraction._divmod, divmod, False, False)

    def __rdivmod__(b, a):
        return b._binary(a, Fraction._divmod, divmod, True, False)

    def __mod__(a, b):
        return a._binary(b, Fraction._mod, operator.mod, False, False)

    def __rmod__(b, a):
        return b._binary(a, Fraction._mod, operator.mod, True, False)

    def __pow__(a, b, modulo=None):
        """a ** b; exact when b is an integer-valued rational."""
        if modulo is not None:
            return NotImplemented
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction._from_coprime_ints(a._numerator ** power,
                                                       a._denominator ** power)
                if a._numerator > 0:
                    return Fraction._from_coprime_ints(a._denominator ** -power,
                                                       a._numerator ** -power)
                if a._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % a._denominator ** -power)
                return Fraction._from_coprime_ints((-a._denominator) ** -power,
                                                   (-a._numerator) ** -power)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a, modulo=None):
        """a ** b"""
        if modulo is not None:
            return NotImplemented
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        """+a: Coerces a subclass instance to Fraction"""
        return Fraction._from_coprime_ints(a._numerator, a._denominator)

    def __neg__(a):
        """-a"""
        return Fraction._from_coprime_ints(-a._numerator, a._denominator)

    def __abs__(a):
        """abs(a)"""
        return Fraction._from_coprime_ints(abs(a._numerator), a._denominator)

    def __int__(a, _index=operator.index):
        """int(a)"""
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        """math.trunc(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        """math.floor(a)"""
        return a._numerator // a._denominator

    def __ceil__(a):
        """math.ceil(a)"""
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self, ndigits); halfway cases round to even."""
        if ndigits is None:
            return _round_half_even(self._numerator, self._denominator)
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(self):
        return self._numerator / self._denominator

    def __hash__(self):
        """hash(self), equal to the hash of an equal int or float."""
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            hash_ = _HASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if _is_nan_or_inf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if _is_nan_or_inf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        """a < b"""
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        """a > b"""
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        """a <= b"""
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        """a >= b"""
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _is_decimal(value):
    cls = type(value)
    return cls.__name__ == 'Decimal' and cls.__module__ in ('decimal', '_decimal', '_pydecimal')


def _exponent_after_rounding(n, d, figures):
    """Decimal exponent of n/d (> 0) once rounded to the given number of significant figures."""
    exponent = len(str(n)) - len(str(d))
    # Adjust so that 10**exponent <= n/d < 10**(exponent+1).
    if exponent >= 0:
        if n < d * 10 ** exponent:
            exponent -= 1
    else:
        if n * 10 ** -exponent < d:
            exponent -= 1
    shift = figures - 1 - exponent
    if shift >= 0:
        rounded = _round_half_even(n * 10 ** shift, d)
    else:
        rounded = _round_half_even(n, d * 10 ** -shift)
    if rounded >= 10 ** figures:
        exponent += 1
    return exponent


def _parse_spec(spec):
    """Split a format spec into its parts, or None when it is not valid for Fraction."""
    fill, align = ' ', ''
    i = 0
    if len(spec) >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif spec[:1] in ('<', '>', '=', '^') and spec:
        align = spec[0]
        i = 1
    sign = '-'
    if i < len(spec) and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    no_neg_zero = False
    if i < len(spec) and spec[i] == 'z':
        no_neg_zero = True
        i += 1
    alternate = False
    if i < len(spec) and spec[i] == '#':
        alternate = True
        i += 1
    zeropad = False
    if i + 1 < len(spec) and spec[i] == '0' and spec[i + 1].isdigit():
        zeropad = True
        i += 1
    start = i
    while i < len(spec) and spec[i] in '0123456789':
        i += 1
    if i - start > 1 and spec[start] == '0':
        return None
    width = int(spec[start:i]) if i > start else 0
    thousands = ''
    if i < len(spec) and spec[i] in ',_':
        thousands = spec[i]
        i += 1
    precision = None
    if i < len(spec) and spec[i] == '.':
        start = i + 1
        i = start
        while i < len(spec) and spec[i] in '0123456789':
            i += 1
        if i == start or (i - start > 1 and spec[start] == '0'):
            return None
        precision = int(spec[start:i])
    kind = spec[i:]
    if kind not in ('', 'e', 'E', 'f', 'F', 'g', 'G', '%'):
        return None
    if kind == '' and (no_neg_zero or zeropad):
        return None
    if zeropad and align:
        return None
    return fill, align, sign, no_neg_zero, alternate, zeropad, width, thousands, precision, kind
