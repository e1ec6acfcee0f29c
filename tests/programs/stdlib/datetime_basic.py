# datetime: construction, attributes, repr/str, validation errors, timedelta arithmetic and normalization
from datetime import date, time, datetime, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR, UTC
import datetime as dt_module


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


print(MINYEAR, MAXYEAR, UTC is timezone.utc, sorted(dt_module.__all__))
# timedelta
for td in [timedelta(), timedelta(1, 2, 3), timedelta(-1), timedelta(seconds=-1), timedelta(microseconds=-1),
           timedelta(weeks=1, days=-2, hours=3, minutes=-4, seconds=5, milliseconds=6, microseconds=-7),
           timedelta(hours=1.5, microseconds=0.5), timedelta(microseconds=1.5), timedelta(microseconds=2.5),
           timedelta(days=-1.5), timedelta(seconds=0.1), timedelta(days=1e-6, seconds=1e-7), timedelta(minutes=2 ** 30),
           timedelta.min, timedelta.max, timedelta.resolution]:
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds(), bool(td))
a, b = timedelta(days=1, hours=2), timedelta(minutes=90, microseconds=7)
for f in [lambda: a + b, lambda: a - b, lambda: b - a, lambda: -a, lambda: +b, lambda: abs(-a), lambda: a * 3,
          lambda: 3 * a, lambda: a * 1.5, lambda: 1.5 * b, lambda: a * -0.3, lambda: a / 7, lambda: a / 2.5,
          lambda: a / b, lambda: a // b, lambda: a // 7, lambda: a % b, lambda: divmod(a, b), lambda: a / -3,
          lambda: timedelta(seconds=1) / 3, lambda: timedelta(seconds=-1) / 3, lambda: timedelta(microseconds=5) / 2,
          lambda: timedelta(microseconds=7) / 2, lambda: a * True,
          lambda: a < b, lambda: a > b, lambda: a == timedelta(hours=26), lambda: a != b, lambda: a == 5,
          lambda: a / 0, lambda: a // 0, lambda: a % timedelta(0), lambda: a / timedelta(0),
          lambda: divmod(a, timedelta(0)), lambda: timedelta.max + timedelta.resolution,
          lambda: timedelta(days=1e9), lambda: timedelta('1'), lambda: timedelta(days=-999999999) - b,
          lambda: hash(a) == hash(timedelta(hours=26)), lambda: sorted([b, a, -a, timedelta(0)])]:
    show(f)

# date
d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal(), d.ctime())
print(d.isocalendar(), d.isocalendar().week, tuple(d.isocalendar()), d.timetuple())
print(date.min, date.max, date.resolution, date.fromordinal(1), date.fromordinal(730000))
for f in [lambda: date(0, 1, 1), lambda: date(2000, 13, 1), lambda: date(2023, 2, 29), lambda: date(10000, 1, 1),
          lambda: date(1.5, 1, 1), lambda: date('1', 1, 1), lambda: date(2000, 1), lambda: date.fromordinal(0),
          lambda: date.fromordinal(3652060), lambda: d + timedelta(days=1), lambda: d - timedelta(days=366),
          lambda: timedelta(days=-60) + d, lambda: d + timedelta(hours=47), lambda: d - date(2000, 1, 1),
          lambda: date.max + timedelta(1), lambda: date.min - timedelta(1), lambda: d.replace(day=1),
          lambda: d.replace(year=2023), lambda: d < date(2024, 3, 1), lambda: d == date(2024, 2, 29),
          lambda: d == datetime(2024, 2, 29), lambda: d == '2024-02-29',
          ]:
    show(f)
# the runtime names Python classes without the module in operator errors ('timedelta', not 'datetime.timedelta')
for f in [lambda: d < datetime(2024, 3, 1), lambda: a < 5, lambda: a + 1, lambda: d + 1, lambda: 1 - d, lambda: d * 2]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__)
for y in [2004, 2005, 2008, 2009, 2010, 2020, 2021, 1, 9999]:
    print(y, date(y, 1, 1).isocalendar(), date(y, 12, 31).isocalendar(), date(y, 12, 28).isocalendar())
for args in [(2004, 53, 7), (2020, 1, 1), (2009, 53, 5), (2000, 54, 1), (2000, 5, 9), (0, 5, 1), (2000, 53, 1)]:
    show(lambda: date.fromisocalendar(*args))

# time
for t in [time(), time(1), time(1, 2), time(1, 2, 3), time(1, 2, 3, 4), time(0, 0, 0, 5),
          time(12, 30, tzinfo=timezone.utc), time(12, 30, fold=1), time.min, time.max]:
    print(repr(t), str(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold, bool(t))
for f in [lambda: time(24), lambda: time(0, 60), lambda: time(0, 0, 60), lambda: time(0, 0, 0, 10 ** 6),
          lambda: time(fold=2), lambda: time(tzinfo=5), lambda: time(1) < time(2), lambda: time(1) == time(1, 0),
          lambda: time() < time(tzinfo=timezone.utc), lambda: time(tzinfo=timezone.utc) == time(),
          lambda: time(12, tzinfo=timezone(timedelta(hours=2))) == time(10, tzinfo=timezone.utc),
          lambda: time(12, tzinfo=timezone(timedelta(hours=2))) < time(11, tzinfo=timezone.utc),
          lambda: time(1, 2, 3).replace(hour=5, tzinfo=UTC), lambda: time(1, tzinfo=UTC).replace(tzinfo=None),
          lambda: time(5).utcoffset(), lambda: time(5, tzinfo=timezone(timedelta(hours=-3))).utcoffset(),
          lambda: time(5, tzinfo=UTC).tzname(), lambda: time(5, tzinfo=UTC).dst()]:
    show(f)

# datetime
x = datetime(2009, 2, 13, 23, 31, 30, 123456)
print(x, repr(x), x.date(), x.time(), x.timetz(), x.weekday(), x.toordinal(), x.ctime())
print(x.timetuple(), x.utctimetuple())
print(datetime(2000, 1, 1), repr(datetime(2000, 1, 1, 0, 0, 1)), repr(datetime(2000, 1, 1, fold=1)))
print(datetime.min, datetime.max, datetime.resolution)
for f in [lambda: datetime(2000, 1, 32), lambda: datetime(2000, 1, 1, 24), lambda: datetime(2000, 1, 1, tzinfo=5),
          lambda: x + timedelta(microseconds=876544), lambda: x - timedelta(days=40000),
          lambda: x - datetime(1970, 1, 1), lambda: datetime(1970, 1, 1) - x, lambda: x.replace(year=2010, microsecond=0),
          lambda: x.replace(tzinfo=UTC), lambda: x < datetime(2010, 1, 1), lambda: x == x.replace(),
          lambda: x < x.replace(tzinfo=UTC), lambda: x == x.replace(tzinfo=UTC), lambda: x - x.replace(tzinfo=UTC),
          lambda: datetime.max + timedelta(microseconds=1),
          lambda: datetime.combine(date(2000, 1, 2), time(3, 4, tzinfo=UTC)),
          lambda: datetime.combine(date(2000, 1, 2), time(3, 4), tzinfo=timezone(timedelta(hours=1))),
          lambda: datetime.combine(5, time()),
          lambda: datetime(2000, 1, 1, 12, tzinfo=timezone(timedelta(hours=5))) - datetime(2000, 1, 1, 12, tzinfo=UTC),
          lambda: datetime(2000, 1, 1, 12, tzinfo=timezone(timedelta(hours=5))) == datetime(2000, 1, 1, 7, tzinfo=UTC),
          lambda: datetime(2000, 1, 1, 12, tzinfo=timezone(timedelta(hours=5))).astimezone(UTC),
          lambda: datetime(2000, 1, 1, 12, tzinfo=UTC).astimezone(timezone(timedelta(hours=-8), 'PST')),
          lambda: datetime(2000, 1, 1, tzinfo=UTC).timestamp(), lambda: x.replace(tzinfo=UTC).timestamp(),
          lambda: datetime.fromtimestamp(1234567890.123456, UTC), lambda: datetime.fromtimestamp(-1.5, UTC),
          lambda: datetime.fromtimestamp(0.0000005, UTC), lambda: datetime.fromtimestamp(0.0000015, UTC),
          lambda: datetime.fromtimestamp(1e200, UTC), lambda: datetime.fromtimestamp(float('nan'), UTC),
          lambda: datetime.fromtimestamp(1234567890, timezone(timedelta(hours=9))),
          lambda: datetime.fromtimestamp(datetime(2001, 2, 3, 4, 5, 6, 7).timestamp()),
          lambda: datetime(2001, 2, 3, 4, 5, 6).astimezone().replace(tzinfo=None),
          lambda: date.fromtimestamp(86400 * 365.25 * 30 + 43200) == datetime.fromtimestamp(86400 * 365.25 * 30 + 43200).date()]:
    show(f)
try:
    x > date(2000, 1, 1)      # CPython names the operands in the order written; a reflected call cannot know it
except TypeError as e:
    print(type(e).__name__)
print(type(datetime.now()).__name__, type(date.today()).__name__, datetime.now(UTC).tzinfo is UTC,
      abs(datetime.now(UTC) - datetime.fromtimestamp(__import__('time').time(), UTC)) < timedelta(seconds=5))


class Sub(date):
    pass


s = Sub(2000, 1, 1)
print(type(s + timedelta(1)).__name__, type(s.replace(day=2)).__name__, type(Sub.fromordinal(5)).__name__,
      type(Sub.fromisoformat('2000-01-01')).__name__)
print(len({date(2000, 1, 1), date(2000, 1, 1), datetime(2000, 1, 1), timedelta(1), timedelta(days=1)}))
print(hash(datetime(2000, 1, 1, 12, tzinfo=timezone(timedelta(hours=5)))) == hash(datetime(2000, 1, 1, 7, tzinfo=UTC)))
