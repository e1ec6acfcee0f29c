"""Time access and conversions (CPython 3.13's time module, C locale).

Clocks, CPU time and the local time zone come from the Java module _time; struct_time, the calendar
arithmetic, strftime and strptime are here."""

import _time
from _timefmt import (_DAYS_BEFORE_MONTH, _is_leap, _yday, _days_from_civil, _civil_from_days, _c_mod, _Tm,
                      _DAY_ABBR, _DAY_NAME, _MONTH_ABBR, _MONTH_NAME, _format, _parse)

_STRUCT_TM_ITEMS = 11

CLOCK_REALTIME = 0
CLOCK_MONOTONIC = 1
CLOCK_PROCESS_CPUTIME_ID = 2
CLOCK_THREAD_CPUTIME_ID = 3
CLOCK_MONOTONIC_RAW = 4
CLOCK_BOOTTIME = 7
CLOCK_TAI = 11

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday',
           'tm_isdst')


def _field(index):
    return property(lambda self: self[index])


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime(), and
 accepted by asctime(), mktime() and strftime().  May be considered as a
 sequence of 9 integers."""

    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        try:
            items = tuple(sequence)
        except TypeError:
            raise TypeError('constructor requires a sequence') from None
        if len(items) < 9:
            raise TypeError(f'time.struct_time() takes an at least 9-sequence ({len(items)}-sequence given)')
        if len(items) > 11:
            raise TypeError(f'time.struct_time() takes an at most 11-sequence ({len(items)}-sequence given)')
        self = tuple.__new__(cls, items[:9])
        extra = list(items[9:]) + [None] * (11 - len(items))
        if dict:
            extra = [dict.get('tm_zone', extra[0]), dict.get('tm_gmtoff', extra[1])]
        self._zone, self._gmtoff = extra
        return self

    tm_year, tm_mon, tm_mday, tm_hour, tm_min, tm_sec, tm_wday, tm_yday, tm_isdst = (
        _field(i) for i in range(9))

    @property
    def tm_zone(self):
        return self._zone

    @property
    def tm_gmtoff(self):
        return self._gmtoff

    def __repr__(self):
        body = ', '.join(f'{name}={value!r}' for name, value in zip(_FIELDS, self))
        return f'time.struct_time({body})'

    def __reduce__(self):
        return (struct_time, (tuple(self), {'tm_zone': self._zone, 'tm_gmtoff': self._gmtoff}))


def _seconds(secs, name):
    if secs is None:
        return time_ns() // 1_000_000_000
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError('Invalid value NaN (not a number)')
        if secs in (float('inf'), float('-inf')) or abs(secs) >= 2.0 ** 63:
            raise OverflowError('timestamp out of range for platform time_t')
        import math
        return math.floor(secs)
    if not isinstance(secs, int):
        if hasattr(type(secs), '__index__'):
            return type(secs).__index__(secs)
        if hasattr(type(secs), '__float__'):
            return _seconds(float(secs), name)
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")
    if not -2 ** 63 <= secs < 2 ** 63:
        raise OverflowError('timestamp out of range for platform time_t')
    return secs


def gmtime(seconds=None, /):
    """Convert seconds since the Epoch to a time tuple expressing UTC."""
    secs = _seconds(seconds, 'gmtime')
    days, rest = divmod(secs, 86400)
    if not -719162 - 365 * 9999 <= days <= 2932896 + 365 * 2_000_000:
        raise OverflowError('timestamp out of range for platform time_t')
    year, month, day = _civil_from_days(days)
    hour, rest = divmod(rest, 3600)
    minute, sec = divmod(rest, 60)
    return struct_time((year, month, day, hour, minute, sec, (days + 3) % 7, _yday(year, month, day), 0,
                        'GMT', 0))


def localtime(seconds=None, /):
    """Convert seconds since the Epoch to a time tuple expressing local time."""
    return struct_time(_time.local_fields(_seconds(seconds, 'localtime')))


def _tuple_arg(t, fname):
    if not isinstance(t, tuple) or len(t) != 9:
        if isinstance(t, tuple) or isinstance(t, struct_time):
            raise TypeError(f'{fname}(): illegal time tuple argument')
        raise TypeError('Tuple or struct_time argument required')
    fields = []
    for v in t:
        if isinstance(v, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        fields.append(v.__index__() if not isinstance(v, int) else v)
    zone = gmtoff = None
    if type(t) is struct_time:
        zone, gmtoff = t._zone, t._gmtoff
    return fields, zone, gmtoff


def mktime(t, /):
    """Convert a time tuple in local time to seconds since the Epoch."""
    fields, _, _ = _tuple_arg(t, 'mktime')
    return float(_time.local_seconds(*fields[:6]))

def _checked(t, fname):
    """The tuple normalized and range-checked as CPython's strftime/asctime do."""
    fields, zone, gmtoff = _tuple_arg(t, fname)
    year, mon, mday, hour, minute, sec, wday, yday, isdst = fields
    mon = mon or 1
    mday = mday or 1
    yday = yday or 1
    if not 1 <= mon <= 12:
        raise ValueError('month out of range')
    if not 1 <= mday <= 31:
        raise ValueError('day of month out of range')
    if not 0 <= hour <= 23:
        raise ValueError('hour out of range')
    if not 0 <= minute <= 59:
        raise ValueError('minute out of range')
    if not 0 <= sec <= 61:
        raise ValueError('seconds out of range')
    cwday = _c_mod(wday + 1, 7)
    if cwday < 0:
        raise ValueError('day of week out of range')
    if not 1 <= yday <= 366:
        raise ValueError('day of year out of range')
    isdst = max(-1, min(1, isdst))
    return _Tm(year, mon, mday, hour, minute, sec, cwday, yday, isdst, zone, gmtoff)

def asctime(t=None, /):
    """Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."""
    tm = _checked(localtime() if t is None else t, 'asctime')
    return (f'{_DAY_ABBR[tm.wday]} {_MONTH_ABBR[tm.mon]} {tm.mday:2d} '
            f'{tm.hour:02d}:{tm.min:02d}:{tm.sec:02d} {tm.year}')


def ctime(seconds=None, /):
    """Convert a time in seconds since the Epoch to a string in local time."""
    return asctime(localtime(seconds))

def strftime(format, t=None, /):
    """Convert a time tuple to a string according to a format specification."""
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    if '\0' in format:
        raise ValueError('embedded null character')
    tm = _checked(localtime() if t is None else t, 'strftime')
    return _format(tm, format)

def strptime(data_string, format='%a %b %d %H:%M:%S %Y', /):
    """Parse a string to a time tuple according to a format specification."""
    fields, _, _ = _parse(data_string, format)
    return struct_time(fields)


# --- clocks ---

def time():
    """Return the current time in seconds since the Epoch."""
    return _time.time_ns() / 1e9


def time_ns():
    """Return the current time in nanoseconds since the Epoch."""
    return _time.time_ns()


def monotonic():
    """Monotonic clock, cannot go backward."""
    return _time.monotonic_ns() / 1e9


def monotonic_ns():
    """Monotonic clock, cannot go backward, as nanoseconds."""
    return _time.monotonic_ns()


def perf_counter():
    """Performance counter for benchmarking."""
    return _time.monotonic_ns() / 1e9


def perf_counter_ns():
    """Performance counter for benchmarking as nanoseconds."""
    return _time.monotonic_ns()


def process_time():
    """Process time for profiling: sum of the kernel and user-space CPU time."""
    return _time.process_time_ns() / 1e9


def process_time_ns():
    """Process time for profiling as nanoseconds."""
    return _time.process_time_ns()


def thread_time():
    """Thread time for profiling: sum of the kernel and user-space CPU time."""
    return _time.thread_time_ns() / 1e9


def thread_time_ns():
    """Thread time for profiling as nanoseconds."""
    return _time.thread_time_ns()


_CLOCKS = {
    CLOCK_REALTIME: time_ns, CLOCK_MONOTONIC: monotonic_ns, CLOCK_MONOTONIC_RAW: monotonic_ns,
    CLOCK_BOOTTIME: monotonic_ns, CLOCK_TAI: time_ns,
    CLOCK_PROCESS_CPUTIME_ID: process_time_ns, CLOCK_THREAD_CPUTIME_ID: thread_time_ns,
}


def _clock(clk_id):
    try:
        return _CLOCKS[clk_id]
    except (KeyError, TypeError):
        raise OSError(22, 'Invalid argument') from None


def clock_gettime_ns(clk_id, /):
    """Return the time of the specified clock clk_id as nanoseconds (int)."""
    return _clock(clk_id)()


def clock_gettime(clk_id, /):
    """Return the time of the specified clock clk_id as a float."""
    return _clock(clk_id)() / 1e9


def clock_getres(clk_id, /):
    """Return the resolution (precision) of the specified clock clk_id."""
    _clock(clk_id)
    return 1e-09


sleep = _time.sleep  # a builtin, as CPython's: no Python frame of this module in a KeyboardInterrupt's traceback


_CLOCK_INFO = {
    'time': ('clock_gettime(CLOCK_REALTIME)', False, True),
    'monotonic': ('clock_gettime(CLOCK_MONOTONIC)', True, False),
    'perf_counter': ('clock_gettime(CLOCK_MONOTONIC)', True, False),
    'process_time': ('clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', True, False),
    'thread_time': ('clock_gettime(CLOCK_THREAD_CPUTIME_ID)', True, False),
}


def get_clock_info(name, /):
    """Get information of the specified clock."""
    try:
        implementation, is_monotonic, adjustable = _CLOCK_INFO[name]
    except KeyError:
        raise ValueError('unknown clock') from None
    from types import SimpleNamespace
    return SimpleNamespace(implementation=implementation, monotonic=is_monotonic, adjustable=adjustable,
                           resolution=1e-09)


def tzset():
    """Initialize, or reinitialize, the local timezone from the TZ variable (the JVM's zone is fixed)."""
    global timezone, altzone, daylight, tzname
    timezone, altzone, daylight, std_name, dst_name = _time.zone_info()
    tzname = (std_name, dst_name)


timezone = altzone = daylight = 0
tzname = ('UTC', 'UTC')
tzset()
