"""Time formatting and parsing shared by time and datetime: glibc's strftime directives in the C locale,
CPython's strptime rules, and the proleptic Gregorian arithmetic they need (no JVM access here)."""

# --- calendar arithmetic (proleptic Gregorian; time cannot import datetime) ---

_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _yday(year, month, day):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year)) + day


def _days_from_civil(year, month, day):
    """Days since 1970-01-01."""
    return _days_before_year(year) + _yday(year, month, day) - 719163


def _civil_from_days(days):
    """(year, month, day) of a day count since 1970-01-01."""
    n = days + 719162          # days since 0001-01-01
    n400, n = divmod(n, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    month = 1
    leap = _is_leap(year)
    while month < 12 and n >= _DAYS_BEFORE_MONTH[month + 1] + (month + 1 > 2 and leap):
        month += 1
    return year, month, n - _DAYS_BEFORE_MONTH[month] - (month > 2 and leap) + 1


def _c_mod(a, b):
    r = abs(a) % b
    return -r if a < 0 else r


class _Tm:
    """A C struct tm: wday counts from Sunday, yday from 1 (converted where used)."""
    __slots__ = ('year', 'mon', 'mday', 'hour', 'min', 'sec', 'wday', 'yday', 'isdst', 'zone', 'gmtoff')

    def __init__(self, *values):
        for name, value in zip(self.__slots__, values):
            setattr(self, name, value)


_DAY_ABBR = ('Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat')
_DAY_NAME = ('Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday')
_MONTH_ABBR = ('', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_MONTH_NAME = ('', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
               'September', 'October', 'November', 'December')


# --- strftime (glibc's directives and flags in the C locale) ---

def _iso_week(tm):
    """(ISO year, ISO week) of a struct tm."""
    year = tm.year
    yday0 = tm.yday - 1
    monday_based = (tm.wday + 6) % 7
    week = (yday0 - monday_based + 10) // 7
    if week < 1:
        year -= 1
        days_prev = 366 if _is_leap(year) else 365
        week = (yday0 + days_prev - monday_based + 10) // 7
    elif week == 53:
        days = 366 if _is_leap(year) else 365
        if yday0 - monday_based + 3 >= days:
            year += 1
            week = 1
    return year, week


def _c_div(a, b):
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def _number(value, width, pad):
    return value, width, pad


def _directive(tm, c):
    """(text, default pad) or (int, width, pad) for one conversion character; None if unknown."""
    if c == 'a':
        return _DAY_ABBR[tm.wday]
    if c == 'A':
        return _DAY_NAME[tm.wday]
    if c in 'bh':
        return _MONTH_ABBR[tm.mon]
    if c == 'B':
        return _MONTH_NAME[tm.mon]
    if c == 'c':
        return _format(tm, '%a %b %e %H:%M:%S %Y')
    if c == 'C':
        return _number(_c_div(tm.year, 100) - (_c_mod(tm.year, 100) < 0), 1, '0')
    if c == 'd':
        return _number(tm.mday, 2, '0')
    if c == 'e':
        return _number(tm.mday, 2, ' ')
    if c == 'D':
        return _format(tm, '%m/%d/%y')
    if c == 'F':
        return _format(tm, '%+4Y-%m-%d')
    if c == 'H':
        return _number(tm.hour, 2, '0')
    if c == 'k':
        return _number(tm.hour, 2, ' ')
    if c == 'I':
        return _number((tm.hour + 11) % 12 + 1, 2, '0')
    if c == 'l':
        return _number((tm.hour + 11) % 12 + 1, 2, ' ')
    if c == 'j':
        return _number(tm.yday, 3, '0')
    if c == 'm':
        return _number(tm.mon, 2, '0')
    if c == 'M':
        return _number(tm.min, 2, '0')
    if c == 'n':
        return '\n'
    if c == 't':
        return '\t'
    if c == 'p':
        return 'PM' if tm.hour >= 12 else 'AM'
    if c == 'P':
        return 'pm' if tm.hour >= 12 else 'am'
    if c == 'r':
        return _format(tm, '%I:%M:%S %p')
    if c == 'R':
        return _format(tm, '%H:%M')
    if c == 'T' or c == 'X':
        return _format(tm, '%H:%M:%S')
    if c == 'x':
        return _format(tm, '%m/%d/%y')
    if c == 'S':
        return _number(tm.sec, 2, '0')
    if c == 's':
        import time
        return _number(int(time.mktime((tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, 0, 1, -1))), 1,
                       '0')
    if c == 'u':
        return _number((tm.wday + 6) % 7 + 1, 1, '0')
    if c == 'w':
        return _number(tm.wday, 1, '0')
    if c == 'U':
        return _number((tm.yday - 1 + 7 - tm.wday) // 7, 2, '0')
    if c == 'W':
        return _number((tm.yday - 1 + 7 - (tm.wday + 6) % 7) // 7, 2, '0')
    if c == 'V':
        return _number(_iso_week(tm)[1], 2, '0')
    if c == 'G':
        return _number(_iso_week(tm)[0], 1, '0')
    if c == 'g':
        return _number(_iso_week(tm)[0] % 100, 2, '0')
    if c == 'y':
        return _number(tm.year % 100, 2, '0')
    if c == 'Y':
        return _number(tm.year, 1, '0')
    if c == 'z':
        off = tm.gmtoff or 0
        sign = '-' if off < 0 else '+'
        minutes = abs(off) // 60
        return f'{sign}{minutes // 60:02d}{minutes % 60:02d}'
    if c == 'Z':
        if tm.zone is not None:
            return tm.zone
        import time
        return time.tzname[1 if tm.isdst > 0 else 0]
    if c == '%':
        return '%'
    return None


def _apply_flags(result, flags, width):
    if isinstance(result, tuple):
        value, default_width, pad = result
        if '-' in flags:
            return str(value)
        if '_' in flags:
            pad = ' '
        elif '0' in flags:
            pad = '0'
        w = max(width, default_width) if width else default_width
        digits = str(abs(value))
        sign = '-' if value < 0 else ('+' if '+' in flags and value >= 10 ** w else '')
        body_width = w - len(sign)
        if pad == '0':
            return sign + digits.rjust(body_width, '0')
        return (sign + digits).rjust(w, ' ')
    text = result
    if '^' in flags:
        text = text.upper()
    elif '#' in flags:
        text = text.swapcase() if text.isupper() or text.islower() else text.upper()
    if width:
        text = text.rjust(width, '0' if '0' in flags else ' ')
    return text


def _format(tm, fmt):
    out = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != '%' or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        start = i
        i += 1
        flags = ''
        while i < n and fmt[i] in '-_0^#+':
            flags += fmt[i]
            i += 1
        width = 0
        while i < n and fmt[i].isdigit():
            width = width * 10 + int(fmt[i])
            i += 1
        while i < n and fmt[i] in 'EO':
            i += 1
        if i >= n:
            out.append(fmt[start:])
            break
        result = _directive(tm, fmt[i])
        if result is None:
            out.append(fmt[start:i + 1])
        else:
            out.append(_apply_flags(result, flags, width))
        i += 1
    return ''.join(out)


# --- strptime (the regular expressions of CPython's C-locale parser) ---

def _names(values):
    return '|'.join(sorted((v.lower() for v in values if v), key=len, reverse=True))


def _strptime_patterns():
    from time import tzname
    zones = {'utc', 'gmt', tzname[0].lower(), tzname[1].lower()}
    return {
        'd': r'(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])',
        'f': r'(?P<f>[0-9]{1,6})',
        'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
        'I': r'(?P<I>1[0-2]|0[1-9]|[1-9]| [1-9])',
        'G': r'(?P<G>\d\d\d\d)',
        'j': r'(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
        'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
        'M': r'(?P<M>[0-5]\d|\d)',
        'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
        'U': r'(?P<U>5[0-3]|[0-4]\d|\d)',
        'w': r'(?P<w>[0-6])',
        'u': r'(?P<u>[1-7])',
        'V': r'(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)',
        'y': r'(?P<y>\d\d)',
        'Y': r'(?P<Y>\d\d\d\d)',
        'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
        ':z': r'(?P<colon_z>[+-]\d\d:[0-5]\d(:[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
        'A': '(?P<A>' + _names(_DAY_NAME) + ')',
        'a': '(?P<a>' + _names(_DAY_ABBR) + ')',
        'B': '(?P<B>' + _names(_MONTH_NAME) + ')',
        'b': '(?P<b>' + _names(_MONTH_ABBR) + ')',
        'p': '(?P<p>am|pm)',
        'Z': '(?P<Z>' + '|'.join(sorted(zones, key=len, reverse=True)) + ')',
        '%': '%',
        'W': r'(?P<W>5[0-3]|[0-4]\d|\d)',
        'c': None, 'x': None, 'X': None,
    }


_EXPANSIONS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}


def _regex_for(fmt, patterns, whole):
    out = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == '%':
            if i + 1 >= n:
                raise ValueError(f"stray % in format '{whole}'")
            key = fmt[i + 1]
            if key == ':' and i + 2 < n and fmt[i + 2] == 'z':
                key = ':z'
            if key not in patterns:
                raise ValueError(f"'{fmt[i + 1]}' is a bad directive in format '{whole}'")
            if key in _EXPANSIONS:
                out.append(_regex_for(_EXPANSIONS[key], patterns, whole))
            else:
                out.append(patterns[key])
            i += 1 + len(key)
        elif ch.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            out.append(r'\s+')
        else:
            out.append('\\' + ch if ch in '.^$*+?{}[]\\|()' else ch)
            i += 1
    return ''.join(out)


def _utc_offset(z, directive):
    found = z
    if z.upper() == 'Z' and len(z) == 1:
        return 0, 0
    if len(z) > 3 and z[3] == ':':
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ':':
                raise ValueError(f"Inconsistent use of : in {found}")
            z = z[:5] + z[6:]
    hours, minutes = int(z[1:3]), int(z[3:5])
    seconds = int(z[5:7] or 0)
    offset = (hours * 60 + minutes) * 60 + seconds
    fraction_text = z[8:]
    fraction = int(fraction_text + '0' * (6 - len(fraction_text))) if fraction_text else 0
    if z.startswith('-'):
        return -offset, -fraction
    return offset, fraction


def _parse(data, fmt):
    """(9 fields + zone + gmtoff, microseconds, gmtoff fraction) as CPython's _strptime computes them."""
    for index, value in enumerate((data, fmt)):
        if not isinstance(value, str):
            raise TypeError(f'strptime() argument {index} must be str, not {type(value)}')
    import re
    patterns = _strptime_patterns()
    regex = _regex_for(fmt, patterns, fmt)
    try:
        compiled = re.compile(regex, re.IGNORECASE)
    except re.error as e:
        if 'redefinition of group name' in str(e):
            raise
        raise
    found = compiled.match(data)
    if found is None:
        raise ValueError(f'time data {data!r} does not match format {fmt!r}')
    if len(data) != found.end():
        raise ValueError(f'unconverted data remains: {data[found.end():]}')
    return _fields_from(found.groupdict(), fmt)


def _fields_from(found, fmt):
    from time import tzname, daylight
    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    for key, value in found.items():
        if value is None:
            continue
        if key == 'y':
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(value)
        elif key == 'G':
            iso_year = int(value)
        elif key == 'm':
            month = int(value)
        elif key == 'B':
            month = [m.lower() for m in _MONTH_NAME].index(value.lower())
        elif key == 'b':
            month = [m.lower() for m in _MONTH_ABBR].index(value.lower())
        elif key == 'd':
            day = int(value)
        elif key == 'H':
            hour = int(value)
        elif key == 'I':
            hour = int(value)
            ampm = (found.get('p') or '').lower()
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif hour != 12:
                hour += 12
        elif key == 'M':
            minute = int(value)
        elif key == 'S':
            second = int(value)
        elif key == 'f':
            fraction = int(value + '0' * (6 - len(value)))
        elif key in ('A', 'a'):
            names = _DAY_NAME if key == 'A' else _DAY_ABBR
            weekday = ([d.lower() for d in names].index(value.lower()) + 6) % 7
        elif key == 'w':
            weekday = (int(value) + 6) % 7
        elif key == 'u':
            weekday = int(value) - 1
        elif key == 'j':
            julian = int(value)
        elif key in ('U', 'W'):
            week_of_year = int(value)
            week_of_year_start = 6 if key == 'U' else 0
        elif key == 'V':
            iso_week = int(value)
        elif key in ('z', 'colon_z'):
            gmtoff, gmtoff_fraction = _utc_offset(value, '%:z' if key == 'colon_z' else '%z')
        elif key == 'Z':
            zone = value.lower()
            if zone in ('utc', 'gmt'):
                tz = 0
            elif zone == tzname[0].lower() and not (tzname[0] == tzname[1] and daylight):
                tz = 0
            elif zone == tzname[1].lower() and daylight:
                tz = 1
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _julian_from_week(year, week_of_year, weekday, week_of_year_start == 0)
        elif iso_year is not None and iso_week is not None:
            year, julian = _julian_from_iso(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        _check_date(year, month, day)
        julian = _yday(year, month, day)
    else:
        days = _days_from_civil(year, 1, 1) + julian - 1
        year, month, day = _civil_from_days(days)
    if weekday is None:
        weekday = (_days_from_civil(year, month, day) + 3) % 7
    zone_name = found.get('Z')
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, tz, zone_name, gmtoff),
            fraction, gmtoff_fraction)


def _check_date(year, month, day):
    if not 1 <= year <= 9999:
        raise ValueError(f'year {year} is out of range')
    dim = (31, 29 if _is_leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]
    if not 1 <= day <= dim:
        raise ValueError('day is out of range for month')


def _julian_from_week(year, week, weekday, monday_first):
    first_weekday = (_days_from_civil(year, 1, 1) + 3) % 7
    if not monday_first:
        first_weekday = (first_weekday + 1) % 7
        weekday = (weekday + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week == 0:
        return 1 + weekday - first_weekday
    return 1 + week_0_length + (week - 1) * 7 + weekday


def _julian_from_iso(iso_year, iso_week, iso_weekday):
    jan4 = _days_from_civil(iso_year, 1, 4)
    week1_monday = jan4 - (jan4 + 3) % 7
    days = week1_monday + (iso_week - 1) * 7 + iso_weekday - 1
    year = _civil_from_days(days)[0]
    return year, days - _days_from_civil(year, 1, 1) + 1

