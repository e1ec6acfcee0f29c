# time: strptime directives, defaults, errors; mktime/localtime round trips; clocks and clock info
import time

cases = [
    ('2009-02-13 23:31:30', '%Y-%m-%d %H:%M:%S'),
    ('Fri Feb 13 23:31:30 2009', '%a %b %d %H:%M:%S %Y'),
    ('Fri Feb 13 23:31:30 2009', '%c'),
    ('friday FEBRUARY 13 09', '%A %B %d %y'),
    ('02/13/69', '%x'),
    ('11:05:00 PM', '%I:%M:%S %p'),
    ('12 am', '%I %p'),
    ('12 pm', '%I %p'),
    ('12', '%I'),
    ('2024 060', '%Y %j'),
    ('2023 060', '%Y %j'),
    ('1 2 03', '%d %m %y'),
    ('  7   3  1999', ' %d %m %Y'),
    ('2024 10 3', '%Y %U %w'),
    ('2024 10 3', '%Y %W %w'),
    ('2024 0 0', '%Y %U %w'),
    ('2021 52 7', '%G %V %u'),
    ('2020 01 1', '%G %V %u'),
    ('+0530', '%z'),
    ('-05:30', '%z'),
    ('Z', '%z'),
    ('UTC', '%Z'),
    ('GMT', '%Z'),
    ('2000 12.5', '%Y %S.%f'),
    ('29 2 2000', '%d %m %Y'),
    ('100%', '%j%%'),
    ('x', 'x'),
]
for data, fmt in cases:
    print(repr(data), repr(fmt), tuple(time.strptime(data, fmt)))
print(time.strptime('Thu Jan  1 00:00:00 1970'))
print(time.strptime('2000', '%Y').tm_zone, time.strptime('GMT', '%Z').tm_zone)

errors = [
    ('2000', '%Q'), ('20x0', '%Y'), ('2000 1', '%Y'), ('2000', '%Y%'), ('2023-02-30', '%Y-%m-%d'),
    ('2021 52', '%G %V'), ('2021 3', '%Y %V'), ('2021 3 1', '%Y %V %u'), ('+05:3000', '%z'),
    ('13', '%m'), ('', '%Y'), ('abc', ''),
]
for data, fmt in errors:
    try:
        print(time.strptime(data, fmt))
    except ValueError as e:
        print(type(e).__name__, e)
for args in [(1, '%Y'), ('1', 2)]:
    try:
        time.strptime(*args)
    except TypeError as e:
        print(type(e).__name__, e)

# local time: only relations that hold in every time zone
for secs in [0, 1234567890, 1700000000]:
    lt = time.localtime(secs)
    print(time.mktime(lt) == secs, lt.tm_gmtoff == -(time.altzone if lt.tm_isdst > 0 else time.timezone),
          isinstance(lt.tm_zone, str))
    print(time.ctime(secs) == time.asctime(time.localtime(secs)))
print(time.mktime((2009, 14, 13, 23, 31, 30, 0, 0, -1)) - time.mktime((2010, 2, 13, 23, 31, 30, 0, 0, -1)))
try:
    time.mktime((1, 2))
except TypeError as e:
    print(type(e).__name__, e)
print(type(time.timezone), type(time.altzone), time.daylight in (0, 1), len(time.tzname))

for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, info.resolution)
try:
    time.get_clock_info('nope')
except ValueError as e:
    print(type(e).__name__, e)
for f in [time.time, time.monotonic, time.perf_counter, time.process_time, time.thread_time]:
    print(f.__name__, type(f()).__name__)
for f in [time.time_ns, time.monotonic_ns, time.perf_counter_ns, time.process_time_ns, time.thread_time_ns]:
    print(f.__name__, type(f()).__name__)
a = time.monotonic_ns()
time.sleep(0.01)
b = time.monotonic_ns()
print(b - a >= 10_000_000)
c0 = time.process_time()
x = 0
for i in range(200000):
    x += i * i
print(time.process_time() >= c0, abs(time.time() - time.time_ns() / 1e9) < 1)
print(type(time.clock_gettime(time.CLOCK_REALTIME)).__name__, type(time.clock_gettime_ns(time.CLOCK_MONOTONIC)).__name__)
for bad in [-1, float('nan')]:
    try:
        time.sleep(bad)
    except ValueError as e:
        print(type(e).__name__, e)
