# datetime: timezone/tzinfo, isoformat/fromisoformat, strftime/strptime/__format__, pickling state
from datetime import date, time, datetime, timedelta, timezone, tzinfo, UTC


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for tz in [UTC, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-8), 'PST'),
           timezone(timedelta(seconds=-1)), timezone(timedelta(minutes=1, microseconds=5)), timezone.min, timezone.max]:
    print(repr(tz), str(tz), tz.utcoffset(None), tz.tzname(None), tz.dst(None))
print(timezone(timedelta(0)) is UTC, timezone(timedelta(0), 'UTC') is UTC, timezone(timedelta(0), 'Z'),
      timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), 'X'))
for f in [lambda: timezone(5), lambda: timezone(timedelta(1)), lambda: timezone(-timedelta(hours=24)),
          lambda: timezone(timedelta(hours=1), 5), lambda: UTC.utcoffset(5), lambda: UTC.fromutc(datetime(2000, 1, 1)),
          lambda: tzinfo().utcoffset(None), lambda: tzinfo().tzname(None), lambda: tzinfo().dst(None)]:
    show(f)


class Fixed(tzinfo):
    def __init__(self, minutes, name, dst=0):
        self.off, self.name, self.d = timedelta(minutes=minutes), name, timedelta(minutes=dst)

    def utcoffset(self, dt):
        return self.off

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return self.d


class Bad(tzinfo):
    def __init__(self, value):
        self.value = value

    def utcoffset(self, dt):
        return self.value

    def tzname(self, dt):
        return self.value


f = Fixed(-300, 'EST')
d = datetime(2000, 6, 1, 12, 0, tzinfo=f)
print(d, d.utcoffset(), d.tzname(), d.dst(), d.timetuple().tm_isdst, d.utctimetuple())
print(d.astimezone(UTC), d.astimezone(Fixed(60, 'CET', 60)), UTC.fromutc(datetime(2000, 1, 1, tzinfo=UTC)))
print(Fixed(60, 'CET', 60).fromutc(datetime(2000, 1, 1, tzinfo=None).replace(tzinfo=None)) if False else 'skip')
g = Fixed(60, 'CET', 60)
print(g.fromutc(datetime(2000, 1, 1, tzinfo=g)))
for value in [5, timedelta(days=1), 'x']:
    show(lambda: datetime(2000, 1, 1, tzinfo=Bad(value)).utcoffset())
    show(lambda: datetime(2000, 1, 1, tzinfo=Bad(value)).tzname())

# isoformat
x = datetime(2009, 2, 3, 4, 5, 6, 7890, tzinfo=timezone(timedelta(hours=-3, minutes=-30)))
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, x.isoformat(timespec=spec), x.replace(microsecond=0).isoformat(' ', spec), time(1, 2, 3, 456).isoformat(spec))
show(lambda: x.isoformat(timespec='nanos'))
show(lambda: x.isoformat(sep='ab'))
print(date(5, 6, 7).isoformat(), datetime(5, 6, 7).isoformat(), str(datetime(5, 6, 7, 8, tzinfo=UTC)))
print(datetime(2000, 1, 1, tzinfo=timezone(timedelta(seconds=3601, microseconds=5))).isoformat())
for s in ['2011-11-04', '20111104', '2011-W01-2', '2011W012', '2011-W01', '2011W01', '2004-W53-7', '2000-02-30',
          '2000-1-1', '0000-01-01', '2011-11-04 ', 'x', '']:
    show(lambda: date.fromisoformat(s))
show(lambda: date.fromisoformat(5))
for s in ['2000-01-01T24:00', '2011-W01-2T00:05:23.283', '20111104T000523', '2000-01-01T12:00:00.1234567',
          '2000-01-01 12:00+05:30:15.123', '2000-01-01T12', '2000-01-01T1230', '2000-01-01T12:30:00,5',
          '2000-01-01T', '2000-01-01T12:30.5', '2000-01-01T12:3', '2000-01-01 12:00Z', '2000-01-01 12:00-00:00',
          '2000-01-01x12:00', '2000-01-01T12:00+0530', '2000-01-01T12:00+05', '2000-01-01T12:00+25:00',
          '2000-W53', '2011-11-04T00:05:23.283+00:00', '2011-11-04']:
    show(lambda: datetime.fromisoformat(s))
for s in ['12', '1230', 'T12:30', '12:30:45.5-03:00', '25:00', '12:30Z', '12:30:45.123456789', '12.5', '1230.5',
          '12:30:45.', '12:3045', '12:30+05:30,5', '12:30 ', '12:30+', '12:30:45.12z']:
    show(lambda: time.fromisoformat(s))
for v in [datetime(2000, 1, 2, 3, 4, 5, 6, UTC), datetime(2000, 1, 2, fold=1), date(1, 1, 1), time(23, 59, 59, 999999, UTC)]:
    print(type(v).fromisoformat(v.isoformat()) == v)

# strftime / __format__ / strptime
x = datetime(2009, 2, 3, 4, 5, 6, 7890, tzinfo=timezone(timedelta(hours=-3, minutes=-30), 'NST'))
print(x.strftime('%Y-%m-%d %H:%M:%S.%f %z %:z %Z %a %A %b %B %j %U %W %c %x %X %p %%'))
print(datetime(2009, 2, 3).strftime('[%z][%:z][%Z][%f]'), date(2009, 2, 3).strftime('%Y %f %H'), time(4, 5, 6, 7).strftime('%H %M %S %f %Y'))
print(f'{x:%d/%m/%Y}', f'{date(2000, 1, 2):%A}', f'{time(1, 2):%H-%M}', format(date(2000, 1, 2)), format(x, ''))
print(datetime(5, 1, 1).strftime('%Y|%y'), datetime(2000, 1, 1, tzinfo=timezone(timedelta(seconds=-3661))).strftime('%z|%:z'))
for args in [('2009-02-03 04:05:06.789', '%Y-%m-%d %H:%M:%S.%f'), ('03/02/09 +0530', '%d/%m/%y %z'),
             ('2009 UTC', '%Y %Z'), ('2009 Z', '%Y %z'), ('2009 +01:30 GMT', '%Y %z %Z'),
             ('2009-02-30', '%Y-%m-%d'), ('nope', '%Y'), ('12:30 pm', '%I:%M %p'), ('2009 -05:30:15.5', '%Y %z')]:
    show(lambda: datetime.strptime(*args))

# reduce state (what pickle stores)
for v in [timedelta(1, 2, 3), date(2000, 1, 2), datetime(2000, 1, 2, 3, 4, 5, 6, fold=1),
          time(1, 2, 3, 4, UTC), UTC, timezone(timedelta(hours=1), 'X')]:
    print(v.__reduce__())
print(datetime(2000, 1, 2, 3, 4, 5, 6, fold=1).__reduce_ex__(4), time(1, fold=1).__reduce_ex__(4))
print(date(b'\x07\xd0\x01\x02'), datetime(b'\x07\xd0\x81\x02\x03\x04\x05\x00\x00\x06').fold, repr(time(b'\x01\x02\x03\x00\x00\x04', UTC)))
