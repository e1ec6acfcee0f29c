"""Date and time types (CPython 3.13's datetime module), written for Tiercel.

Dates are proleptic Gregorian; a date is kept as (year, month, day), converted to day ordinals
(0001-01-01 is day 1) for arithmetic. Time zones are tzinfo objects; timezone gives fixed offsets."""

import time as _time
import _timefmt

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_US_PER_SECOND = 1_000_000
_US_PER_DAY = 86_400_000_000


# --- calendar arithmetic ---

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    return 29 if month == 2 and _is_leap(year) else _DAYS_IN_MONTH[month]


def _to_ordinal(year, month, day):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400 + _DAYS_BEFORE_MONTH[month] + (
        month > 2 and _is_leap(year)) + day


def _from_ordinal(n):
    """(year, month, day) of a day ordinal."""
    n -= 1
    n400, n = divmod(n, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = _is_leap(year)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if before > n:
        month -= 1
        before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    return year, month, n - before + 1


def _iso_week1_monday(year):
    jan4 = _to_ordinal(year, 1, 4)
    return jan4 - (jan4 + 6) % 7


# --- argument checks ---

def _index(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return index(value)


def _check_date_fields(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'year {year} is out of range')
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute, second, microsecond = _index(hour), _index(minute), _index(second), _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, int(fold)


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{type(tz).__name__}'")


def _check_offset(name, offset):
    """A utcoffset()/dst() result, validated as CPython does."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError(f"tzinfo.{name}() must return None or timedelta, not '{_type_name(offset)}'")
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                         'timedelta(hours=24).')
    return offset


def _call_tzname(tz, dt):
    if tz is None:
        return None
    name = tz.tzname(dt)
    if name is not None and not isinstance(name, str):
        raise TypeError(f"tzinfo.tzname() must return None or a string, not '{_type_name(name)}'")
    return name


def _is_state(value, length, index, low, high):
    """Whether a constructor's first argument is the bytes (or latin-1 str) state that pickling stores."""
    if isinstance(value, bytes):
        return len(value) == length and low <= value[index] & 0x7F <= high
    if isinstance(value, str):
        return len(value) == length and low <= ord(value[index]) & 0x7F <= high
    return False


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _type_name(obj):
    cls = type(obj)
    return f'datetime.{cls.__name__}' if cls.__module__ == 'datetime' else cls.__name__


def _cannot_compare(op, a, b):
    return TypeError(f"'{op}' not supported between instances of '{_type_name(a)}' and '{_type_name(b)}'")


# --- formatting helpers ---

def _format_time(hour, minute, second, microsecond, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if microsecond else 'seconds'
    elif timespec == 'milliseconds':
        return f'{hour:02d}:{minute:02d}:{second:02d}.{microsecond // 1000:03d}'
    if timespec == 'hours':
        return f'{hour:02d}'
    if timespec == 'minutes':
        return f'{hour:02d}:{minute:02d}'
    if timespec == 'seconds':
        return f'{hour:02d}:{minute:02d}:{second:02d}'
    if timespec == 'microseconds':
        return f'{hour:02d}:{minute:02d}:{second:02d}.{microsecond:06d}'
    raise ValueError('Unknown timespec value')


def _format_offset(offset, sep=':'):
    if offset is None:
        return ''
    sign = '+'
    if offset.days < 0:
        sign = '-'
        offset = -offset
    hours, rest = divmod(offset.days * 86400 + offset.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    text = f'{sign}{hours:02d}{sep}{minutes:02d}'
    if seconds or offset.microseconds:
        text += f'{sep}{seconds:02d}'
        if offset.microseconds:
            text += f'.{offset.microseconds:06d}'
    return text


def _strftime(obj, fmt, timetuple):
    """strftime for date/time/datetime: %f, %z, %:z and %Z here, the rest by time.strftime."""
    if not isinstance(fmt, str):
        raise TypeError(f'strftime() argument 1 must be str, not {type(fmt).__name__}')
    out = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == '%' and i + 1 < n:
            nxt = fmt[i + 1]
            if nxt == 'f':
                out.append(f'{getattr(obj, "microsecond", 0):06d}')
                i += 2
                continue
            if nxt == 'z' or (nxt == ':' and i + 2 < n and fmt[i + 2] == 'z'):
                offset = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
                out.append(_format_offset(offset, '' if nxt == 'z' else ':'))
                i += 2 if nxt == 'z' else 3
                continue
            if nxt == 'Z':
                name = obj.tzname() if hasattr(obj, 'tzname') else None
                out.append((name or '').replace('%', '%%'))
                i += 2
                continue
            out.append(fmt[i:i + 2])
            i += 2
            continue
        out.append(ch)
        i += 1
    return _time.strftime(''.join(out), timetuple)


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_to_ordinal(y, m, d) + 6) % 7
    yday = _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, yday, dstflag))


# --- ISO 8601 parsing ---

def _invalid_iso(text):
    return ValueError(f'Invalid isoformat string: {text!r}')


def _digits(text, start, count):
    part = text[start:start + count]
    if len(part) != count or not all('0' <= c <= '9' for c in part):
        raise ValueError
    return int(part)


def _parse_iso_date(text):
    """(year, month, day) from the date forms fromisoformat accepts."""
    year = _digits(text, 0, 4)
    rest = text[4:]
    dashed = rest.startswith('-')
    if dashed:
        rest = rest[1:]
    if rest[:1] == 'W':
        week = _digits(rest, 1, 2)
        rest = rest[3:]
        weekday = 1
        if rest:
            if dashed:
                if rest[0] != '-':
                    raise ValueError
                rest = rest[1:]
            if len(rest) != 1:
                raise ValueError
            weekday = _digits(rest, 0, 1)
        return _from_iso_calendar(year, week, weekday)
    month = _digits(rest, 0, 2)
    rest = rest[2:]
    if dashed:
        if rest[:1] != '-':
            raise ValueError
        rest = rest[1:]
    if len(rest) != 2:
        raise ValueError
    return year, month, _digits(rest, 0, 2)


def _split_iso_datetime(text):
    """The date part and the rest, finding where the date ends as CPython does."""
    date_len = _iso_date_length(text)
    return text[:date_len], text[date_len + 1:] if len(text) > date_len else None


def _iso_date_length(text):
    """How many leading characters of a datetime string form its date (week dates are ambiguous)."""
    if len(text) == 7:
        return 7
    if text[4] == '-':
        if text[5] != 'W':
            return 10                                   # YYYY-MM-DD
        if len(text) > 8 and text[8] == '-':            # YYYY-Www-D, unless -D is the separator and hour
            if len(text) == 9:
                raise ValueError
            return 8 if len(text) > 10 and text[10].isdigit() else 10
        return 8                                        # YYYY-Www
    if text[4] != 'W':
        return 8                                        # YYYYMMDD
    end = 7
    while end < len(text) and text[end].isdigit():
        end += 1
    if end < 9:
        return end                                      # YYYYWww or YYYYWwwD
    return 7 if end % 2 == 0 else 8                     # digits run on: an even count is an hour after Www


def _parse_iso_time(text):
    """(hour, minute, second, microsecond, UTC offset or None) from the time forms fromisoformat accepts."""
    tz_at = -1
    for mark in ('+', '-', 'Z'):
        pos = text.find(mark)
        if pos != -1:
            tz_at = pos
            break
    clock, zone = (text, None) if tz_at == -1 else (text[:tz_at], text[tz_at:])
    hour, minute, second, micro = _parse_iso_clock(clock)
    offset = None
    if zone is not None:
        offset = timedelta(0)
        if zone != 'Z':
            h, m, s, us = _parse_iso_clock(zone[1:])
            offset = timedelta(hours=h, minutes=m, seconds=s, microseconds=us)
            if zone[0] == '-':
                offset = -offset
    return hour, minute, second, micro, offset


def _iso_timezone(offset):
    if offset is None:
        return None
    return timezone.utc if not offset else timezone(offset)


def _parse_iso_clock(text):
    if not text:
        raise ValueError
    hour = _digits(text, 0, 2)
    pos = 2
    values = [hour, 0, 0]
    colon = None
    for field in (1, 2):
        if pos >= len(text):
            break
        if text[pos] in '.,':
            break
        has_colon = text[pos] == ':'
        if colon is None:
            colon = has_colon
        elif colon != has_colon:
            raise ValueError
        pos += has_colon
        values[field] = _digits(text, pos, 2)
        pos += 2
    micro = 0
    if pos < len(text):
        if text[pos] not in '.,':
            raise ValueError
        frac = text[pos + 1:]
        if not frac or not all('0' <= c <= '9' for c in frac):
            raise ValueError
        micro = int((frac + '00000')[:6])
    return values[0], values[1], values[2], micro


def _from_iso_calendar(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'Year is out of range: {year}')
    if not 0 < week < 53:
        long_year = (_to_ordinal(year, 1, 1) % 7 == 4) or (_to_ordinal(year, 12, 31) % 7 == 4)
        if week != 53 or not long_year:
            raise ValueError(f'Invalid week: {week}')
    if not 0 < day < 8:
        raise ValueError(f'Invalid day: {day} (range is [1, 7])')
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    if not 1 <= ordinal <= _MAX_ORDINAL:
        raise ValueError(f'Year is out of range: {year}')
    return _from_ordinal(ordinal)


# --- timedelta ---

def _round_half_even(num, den):
    q, r = divmod(num, den)
    if 2 * r > den or (2 * r == den and q % 2 == 1):
        q += 1
    return q


class timedelta:
    """Difference between two datetime values."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        whole, leftover = 0, 0.0
        for value, name, factor in ((days, 'days', _US_PER_DAY), (seconds, 'seconds', _US_PER_SECOND),
                                    (microseconds, 'microseconds', 1), (milliseconds, 'milliseconds', 1000),
                                    (minutes, 'minutes', 60 * _US_PER_SECOND),
                                    (hours, 'hours', 3600 * _US_PER_SECOND),
                                    (weeks, 'weeks', 7 * _US_PER_DAY)):
            if isinstance(value, int):
                whole += int(value) * factor
                continue
            if not isinstance(value, float):
                raise TypeError(f'unsupported type for timedelta {name} component: {type(value).__name__}')
            # as CPython: whole microseconds exactly, the float fractions summed, then rounded half to even
            product = value * factor
            if product != product or product in (float('inf'), float('-inf')):
                raise ValueError('cannot convert float NaN to integer') if product != product else \
                    OverflowError('cannot convert float infinity to integer')
            integral = int(product)
            whole += integral
            leftover += product - integral
        if leftover:
            floor = int(leftover // 1)
            frac = leftover - floor
            if frac > 0.5 or (frac == 0.5 and (whole + floor) % 2 == 1):
                floor += 1
            whole += floor
        return cls._from_us(whole)

    @classmethod
    def _from_us(cls, us):
        days, rest = divmod(us, _US_PER_DAY)
        if abs(days) > 999999999:
            raise OverflowError(f'days={days}; must have magnitude <= 999999999')
        self = object.__new__(cls)
        self._days = days
        self._seconds, self._microseconds = divmod(rest, _US_PER_SECOND)
        self._hashcode = -1
        return self

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_us() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append(f'days={self._days}')
        if self._seconds:
            parts.append(f'seconds={self._seconds}')
        if self._microseconds:
            parts.append(f'microseconds={self._microseconds}')
        return f'{_type_name(self)}({", ".join(parts) or "0"})'

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = f'{hours}:{minutes:02d}:{seconds:02d}'
        if self._microseconds:
            text += f'.{self._microseconds:06d}'
        if self._days:
            plural = 's' if abs(self._days) != 1 else ''
            text = f'{self._days} day{plural}, {text}'
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._to_us())

    def __pos__(self):
        return timedelta._from_us(self._to_us())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return timedelta._from_us(_round_half_even(self._to_us() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError('integer division or modulo by zero')
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            if not other:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError('division by zero')
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            if not other:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(_round_half_even(self._to_us(), other) if other > 0
                                      else _round_half_even(-self._to_us(), -other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            if not num:
                raise ZeroDivisionError('integer division or modulo by zero')
            if num < 0:
                num, den = -num, -den
            return timedelta._from_us(_round_half_even(self._to_us() * den, num))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError('integer modulo by zero')
            return timedelta._from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError('integer division or modulo by zero')
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), self._key())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# --- date ---

def _compared_by_key(cls):
    """Class decorator: ==, <, <=, > and >= from ``cls._compare(other, op)``, a cmp-style int or NotImplemented."""
    tests = {'__eq__': ('==', lambda c: c == 0), '__lt__': ('<', lambda c: c < 0),
             '__le__': ('<=', lambda c: c <= 0), '__gt__': ('>', lambda c: c > 0),
             '__ge__': ('>=', lambda c: c >= 0)}
    for name, (op, test) in tests.items():
        setattr(cls, name, _comparison(cls, name, op, test))
    return cls


def _comparison(cls, name, op, test):
    def method(self, other):
        c = self._compare(other, op)
        return c if c is NotImplemented else test(c)
    method.__name__ = name
    method.__qualname__ = cls.__qualname__ + '.' + name
    return method


@_compared_by_key
class date:
    """date(year, month, day) --> date object"""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        if month is None and _is_state(year, 4, 2, 1, 12):
            state = year.encode('latin1') if isinstance(year, str) else year
            return cls._make(state[0] * 256 + state[1], state[2], state[3])
        if month is None or day is None:
            missing, position = ('month', 2) if month is None else ('day', 3)
            raise TypeError(f"function missing required argument '{missing}' (pos {position})")
        year, month, day = _check_date_fields(year, month, day)
        return cls._make(year, month, day)

    @classmethod
    def _make(cls, year, month, day):
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        """Create a date from a POSIX timestamp."""
        y, m, d = _time.localtime(_round_timestamp(t)[0])[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _index(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAX_ORDINAL:
            raise ValueError(f'year {_from_ordinal(n)[0]} is out of range')
        return cls(*_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, date_string):
        """str -> Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) not in (7, 8, 10):
            raise _invalid_iso(date_string)
        try:
            fields = _parse_iso_date(date_string)
        except ValueError:
            raise _invalid_iso(date_string) from None
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """Construct a date from the ISO year, week number and weekday."""
        return cls(*_from_iso_calendar(_index(year), _index(week), _index(day)))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return f'{_type_name(self)}({self._year}, {self._month}, {self._day})'

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return f'{self._year:04d}-{self._month:02d}-{self._day:02d}'

    __str__ = isoformat

    def ctime(self):
        """Return ctime() style string."""
        return (f'{_timefmt._DAY_ABBR[self.toordinal() % 7]} {_timefmt._MONTH_ABBR[self._month]} {self._day:2d} '
                f'00:00:00 {self._year:04d}')

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'__format__() argument 1 must be str, not {type(fmt).__name__}')
        return self.strftime(fmt) if fmt else str(self)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _to_ordinal(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """Return date with new specified fields."""
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    __replace__ = replace

    def weekday(self):
        """Return the day of the week represented by the date. Monday == 0 ... Sunday == 6"""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date. Monday == 1 ... Sunday == 7"""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        year = self._year
        ordinal = self.toordinal()
        week1 = _iso_week1_monday(year)
        if ordinal < week1:
            year -= 1
            week1 = _iso_week1_monday(year)
        elif year < MAXYEAR and ordinal >= _iso_week1_monday(year + 1):
            year += 1
            week1 = _iso_week1_monday(year)
        week, day = divmod(ordinal - week1, 7)
        return IsoCalendarDate(year, week + 1, day + 1)

    def _date_key(self):
        return (self._year, self._month, self._day)

    def _compare(self, other, op):
        if isinstance(other, date) and not isinstance(self, datetime) and not isinstance(other, datetime):
            return _cmp(self._date_key(), other._date_key())
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._date_key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other.days
            if not 1 <= ordinal <= _MAX_ORDINAL:
                raise OverflowError('date value out of range')
            cls = type(self)
            return cls._make(*_from_ordinal(ordinal)) if cls is date else cls(*_from_ordinal(ordinal))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def _state(self):
        return bytes((self._year // 256, self._year % 256, self._month, self._day))

    def __reduce__(self):
        return (type(self), (self._state(),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class IsoCalendarDate(tuple):
    """The ISO calendar (year, week, weekday) of a date."""

    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return f'{_type_name(self)}(year={self[0]}, week={self[1]}, weekday={self[2]})'


# --- tzinfo and timezone ---

_OMITTED = object()


class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        offset = _check_offset('utcoffset', dt.utcoffset())
        if offset is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dst = _check_offset('dst', dt.dst())
        if dst is None:
            raise ValueError('fromutc: non-None dst() result required')
        delta = offset - dst
        if delta:
            dt += delta
            dst = dt.dst()
            if dst is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent results; cannot convert')
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs else ()
        state = getattr(self, '__dict__', None)
        return (type(self), args, state or None)


_tzinfo_class = tzinfo


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=_OMITTED):
        if name is _OMITTED:
            name = None
        elif not isinstance(name, str):
            raise TypeError(f'timezone() argument 2 must be str, not {type(name).__name__}')
        if not isinstance(offset, timedelta):
            raise TypeError(f'timezone() argument 1 must be datetime.timedelta, not {type(offset).__name__}')
        if name is not None and not isinstance(name, str):
            raise TypeError(f'timezone() argument 2 must be str, not {type(name).__name__}')
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError(f'offset must be a timedelta strictly between -timedelta(hours=24) and '
                             f'timedelta(hours=24), not {offset!r}.')
        if name is None and not offset and cls is timezone and _UTC is not None:
            return _UTC
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        if self._name is None:
            return f'{_type_name(self)}({self._offset!r})'
        return f'{_type_name(self)}({self._offset!r}, {self._name!r})'

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        """Return fixed offset."""
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError(f'utcoffset(dt) argument must be a datetime instance or None, '
                            f'not {type(dt).__name__}')
        return self._offset

    def tzname(self, dt):
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError(f'tzname(dt) argument must be a datetime instance or None, not {type(dt).__name__}')
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset)

    def dst(self, dt):
        """Return None."""
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError(f'dst(dt) argument must be a datetime instance or None, not {type(dt).__name__}')
        return None

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError(f'fromutc: argument must be a datetime, not {type(dt).__name__}')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset


_UTC = None
_UTC = timezone._create(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = _UTC


# --- time ---

@_compared_by_key
class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold', '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if _is_state(hour, 6, 0, 0, 23):
            state = hour.encode('latin1') if isinstance(hour, str) else hour
            if minute and not isinstance(minute, _tzinfo_class):
                raise TypeError('bad tzinfo state arg')
            fold = 1 if state[0] > 127 else 0
            return cls._make(state[0] & 0x7F, state[1], state[2], (state[3] << 16) | (state[4] << 8) | state[5],
                             minute or None, fold)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return cls._make(hour, minute, second, microsecond, tzinfo, fold)

    @classmethod
    def _make(cls, hour, minute, second, microsecond, tz, fold):
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._tzinfo, self._fold = tz, fold
        self._hashcode = -1
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        """string -> time from a string in ISO 8601 format"""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        text = time_string[1:] if time_string[:1] == 'T' else time_string
        try:
            h, m, s, us, tz = _parse_iso_time(text)
        except (ValueError, IndexError):
            raise _invalid_iso(time_string) from None
        return cls(h, m, s, us, _iso_timezone(tz))

    hour = property(lambda self: self._hour, doc='hour (0-23)')
    minute = property(lambda self: self._minute, doc='minute (0-59)')
    second = property(lambda self: self._second, doc='second (0-59)')
    microsecond = property(lambda self: self._microsecond, doc='microsecond (0-999999)')
    tzinfo = property(lambda self: self._tzinfo, doc='timezone info object')
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(None))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(None))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tzinfo, None)

    def __repr__(self):
        args = f'{self._hour}, {self._minute}'
        if self._microsecond:
            args += f', {self._second}, {self._microsecond}'
        elif self._second:
            args += f', {self._second}'
        if self._tzinfo is not None:
            args += f', tzinfo={self._tzinfo!r}'
        if self._fold:
            args += ', fold=1'
        return f'{_type_name(self)}({args})'

    def isoformat(self, timespec='auto'):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        text = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(self, format, (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'__format__() argument 1 must be str, not {type(fmt).__name__}')
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        """Return time with new specified fields."""
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    __replace__ = replace

    def _clock_us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND + self._microsecond

    def _compare(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return _cmp(self._clock_us(), other._clock_us())
        mine, theirs = self.utcoffset(), other.utcoffset()
        if mine == theirs:
            return _cmp(self._clock_us(), other._clock_us())
        if (mine is None) != (theirs is None):
            if op in ('==', '!='):
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        return _cmp(self._clock_us() - mine._to_us(), other._clock_us() - theirs._to_us())

    def __hash__(self):
        if self._hashcode == -1:
            base = self.replace(fold=0) if self._fold else self
            offset = base.utcoffset()
            if not offset:
                self._hashcode = hash((self._hour, self._minute, self._second, self._microsecond))
            else:
                self._hashcode = hash(base._clock_us() - offset._to_us())
        return self._hashcode

    def __bool__(self):
        return True

    def _state(self, protocol=3):
        hour = self._hour + (128 if self._fold and protocol > 3 else 0)
        us = self._microsecond
        data = bytes((hour, self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255))
        return (data,) if self._tzinfo is None else (data, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (type(self), self._state(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# --- datetime ---

def _round_timestamp(t):
    """(whole seconds, microseconds) of a timestamp, rounded half to even as CPython does."""
    if isinstance(t, int):
        return t, 0
    if not isinstance(t, float):
        if hasattr(type(t), '__index__'):
            return t.__index__(), 0
        if not hasattr(type(t), '__float__'):
            raise TypeError(f"'{type(t).__name__}' object cannot be interpreted as an integer")
        t = float(t)
    if t != t:
        raise ValueError('Invalid value NaN (not a number)')
    if t in (float('inf'), float('-inf')) or abs(t) > 1e19:
        raise OverflowError('timestamp out of range for platform time_t')
    # as CPython: the fraction is scaled in floating point, then rounded half to even
    whole = int(t)
    us = round((t - whole) * 1e6)
    if us >= _US_PER_SECOND:
        whole, us = whole + 1, us - _US_PER_SECOND
    elif us < 0:
        whole, us = whole - 1, us + _US_PER_SECOND
    return whole, us


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        if _is_state(year, 10, 2, 1, 12):
            state = year.encode('latin1') if isinstance(year, str) else year
            if month is not None and not isinstance(month, _tzinfo_class):
                raise TypeError('bad tzinfo state arg')
            return cls._make_dt(state[0] * 256 + state[1], state[2] & 0x7F, state[3], state[4], state[5],
                                state[6], (state[7] << 16) | (state[8] << 8) | state[9], month,
                                1 if state[2] > 127 else 0)
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return cls._make_dt(year, month, day, hour, minute, second, microsecond, tzinfo, fold)

    @classmethod
    def _make_dt(cls, year, month, day, hour, minute, second, microsecond, tz, fold):
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._tzinfo, self._fold = tz, fold
        self._hashcode = -1
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _from_seconds(cls, seconds, us, utc, tz):
        if utc:
            fields = _time.gmtime(seconds)
        else:
            fields = _time.localtime(seconds)
        y, m, d, hh, mm, ss = fields[:6]
        ss = min(ss, 59)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is None and not utc:
            result = _detect_fold(result, seconds)
        return result

    @classmethod
    def fromtimestamp(cls, timestamp, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo(tz)
        seconds, us = _round_timestamp(timestamp)
        if tz is None:
            return cls._from_seconds(seconds, us, False, None)
        result = cls._from_seconds(seconds, us, True, tz)
        return tz.fromutc(result)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        _deprecated('utcfromtimestamp',
                    'datetime.datetime.utcfromtimestamp() is deprecated and scheduled for removal in a '
                    'future version. Use timezone-aware objects to represent datetimes in UTC: '
                    'datetime.datetime.fromtimestamp(t, datetime.UTC).')
        seconds, us = _round_timestamp(t)
        return cls._from_seconds(seconds, us, True, None)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz."""
        _check_tzinfo(tz)
        seconds, us = divmod(_time.time_ns() // 1000, _US_PER_SECOND)
        if tz is None:
            return cls._from_seconds(seconds, us, False, None)
        return tz.fromutc(cls._from_seconds(seconds, us, True, tz))

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        _deprecated('utcnow', 'datetime.datetime.utcnow() is deprecated and scheduled for removal in a future '
                    'version. Use timezone-aware objects to represent datetimes in UTC: '
                    'datetime.datetime.now(datetime.UTC).')
        seconds, us = divmod(_time.time_ns() // 1000, _US_PER_SECOND)
        return cls._from_seconds(seconds, us, True, None)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """date, time -> datetime with same date and time fields"""
        if not isinstance(date, _date_class):
            raise TypeError(f"combine() argument 1 must be datetime.date, not {type(date).__name__}")
        if not isinstance(time, _time_class):
            raise TypeError(f"combine() argument 2 must be datetime.time, not {type(time).__name__}")
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """string -> datetime from a string in most ISO 8601 formats"""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) < 7:
            raise _invalid_iso(date_string)
        try:
            date_part, time_part = _split_iso_datetime(date_string)
            y, m, d = _parse_iso_date(date_part)
            h = mi = s = us = 0
            tz = None
            if time_part is not None:
                if len(date_string) > len(date_part) and not time_part:
                    raise ValueError
                if time_part:
                    h, mi, s, us, tz = _parse_iso_time(time_part)
        except (ValueError, IndexError):
            raise _invalid_iso(date_string) from None
        return cls(y, m, d, h, mi, s, us, _iso_timezone(tz))

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        fields, fraction, gmtoff_fraction = _timefmt._parse(date_string, format)
        tz = None
        zone_name, gmtoff = fields[9], fields[10]
        if gmtoff is not None:
            delta = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
            tz = timezone(delta, zone_name) if zone_name else timezone(delta)
        return cls(*fields[:6], fraction, tz)

    def timetuple(self):
        """Return time tuple compatible with time.localtime()."""
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _build_struct_time(self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  flag)

    def _local_seconds(self):
        fields = (self._year, self._month, self._day, self._hour, self._minute, self._second, 0, 1, -1)
        return int(_time.mktime(fields))

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self._tzinfo is None:
            return self._local_seconds() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        """Return UTC time tuple compatible with time.gmtime()."""
        offset = self.utcoffset()
        moment = self
        if offset:
            moment = self - offset
        return _build_struct_time(moment.year, moment.month, moment.day, moment.hour, moment.minute,
                                  moment.second, 0)

    def date(self):
        """Return date object with same year, month and day."""
        return date(self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """Return datetime with new specified fields."""
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    __replace__ = replace

    def _local_timezone(self):
        seconds = self.timestamp() if self._tzinfo is None else (self - _EPOCH) // timedelta(seconds=1)
        fields = _time.localtime(int(seconds // 1))
        return timezone(timedelta(seconds=fields.tm_gmtoff), fields.tm_zone)

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError(f"astimezone() argument 1 must be datetime.tzinfo, not {type(tz).__name__}")
        mytz = self._tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            offset = mytz.utcoffset(self)
        else:
            offset = mytz.utcoffset(self)
            if offset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                offset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        """Return ctime() style string."""
        weekday = self.toordinal() % 7
        return (f'{_timefmt._DAY_ABBR[weekday]} {_timefmt._MONTH_ABBR[self._month]} {self._day:2d} '
                f'{self._hour:02d}:{self._minute:02d}:{self._second:02d} {self._year:04d}')

    def isoformat(self, sep='T', timespec='auto'):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, not ' + type(sep).__name__)
        text = (f'{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}'
                + _format_time(self._hour, self._minute, self._second, self._microsecond, timespec))
        return text + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        args = f'{self._year}, {self._month}, {self._day}, {self._hour}, {self._minute}'
        if self._microsecond:
            args += f', {self._second}, {self._microsecond}'
        elif self._second:
            args += f', {self._second}'
        if self._tzinfo is not None:
            args += f', tzinfo={self._tzinfo!r}'
        if self._fold:
            args += ', fold=1'
        return f'{_type_name(self)}({args})'

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(self, format, self.timetuple())

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(self))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(self))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tzinfo, self)

    def _us_since_epoch_naive(self):
        return ((self.toordinal() * 86400 + (self._hour * 60 + self._minute) * 60 + self._second)
                * _US_PER_SECOND + self._microsecond)

    def _compare(self, other, op):
        if not isinstance(other, datetime):
            return NotImplemented   # date's reflected comparison raises the TypeError
        if self._tzinfo is other._tzinfo:
            return _cmp(self._us_since_epoch_naive(), other._us_since_epoch_naive())
        mine, theirs = self.utcoffset(), other.utcoffset()
        if op in ('==', '!=') and (mine is not None or theirs is not None):
            if self.replace(fold=not self._fold).utcoffset() != mine:
                return 2
            if other.replace(fold=not other._fold).utcoffset() != theirs:
                return 2
        if (mine is None) != (theirs is None):
            if op in ('==', '!='):
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if mine == theirs:
            return _cmp(self._us_since_epoch_naive(), other._us_since_epoch_naive())
        return _cmp(self._us_since_epoch_naive() - mine._to_us(), other._us_since_epoch_naive() - theirs._to_us())

    def __hash__(self):
        if self._hashcode == -1:
            base = self.replace(fold=0) if self._fold else self
            offset = base.utcoffset()
            if offset is None:
                self._hashcode = hash((self._us_since_epoch_naive(),))
            else:
                self._hashcode = hash((base._us_since_epoch_naive() - offset._to_us(),))
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._us_since_epoch_naive() + other._to_us()
        seconds, micro = divmod(us, _US_PER_SECOND)
        days, seconds = divmod(seconds, 86400)
        if not 1 <= days <= _MAX_ORDINAL:
            raise OverflowError('date value out of range')
        y, m, d = _from_ordinal(days)
        hh, rest = divmod(seconds, 3600)
        mm, ss = divmod(rest, 60)
        cls = type(self)
        if cls is datetime:
            return cls._make_dt(y, m, d, hh, mm, ss, micro, self._tzinfo, 0)
        return cls(y, m, d, hh, mm, ss, micro, self._tzinfo)   # subclasses' constructors run, as in CPython

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        diff = self._us_since_epoch_naive() - other._us_since_epoch_naive()
        if self._tzinfo is not other._tzinfo:
            mine, theirs = self.utcoffset(), other.utcoffset()
            if (mine is None) != (theirs is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if mine is not None:
                diff -= mine._to_us() - theirs._to_us()
        return timedelta._from_us(diff)

    def _state(self, protocol=3):
        us = self._microsecond
        month = self._month + (128 if self._fold and protocol > 3 else 0)
        data = bytes((self._year // 256, self._year % 256, month, self._day, self._hour, self._minute,
                      self._second, us >> 16, (us >> 8) & 255, us & 255))
        return (data,) if self._tzinfo is None else (data, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (type(self), self._state(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


_date_class = date
_time_class = time
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def _detect_fold(result, seconds):
    """fold=1 when this local time was already reached an hour (or the zone's shift) earlier."""
    probe = seconds - 86400
    shift = _time.localtime(seconds).tm_gmtoff - _time.localtime(probe).tm_gmtoff if probe > -2 ** 62 else 0
    if shift >= 0:
        return result
    earlier = _time.localtime(seconds + shift)
    if tuple(earlier[:6]) == (result.year, result.month, result.day, result.hour, result.minute, result.second):
        return result.replace(fold=1)
    return result


def _deprecated(name, message):
    try:
        import warnings
    except ImportError:
        return      # no warnings module yet: nothing to report the deprecation through
    warnings.warn(message, DeprecationWarning, stacklevel=3)
