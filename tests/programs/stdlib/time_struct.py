# time: struct_time, gmtime, strftime/asctime/ctime-style formatting, strptime, error cases
import time

t = time.gmtime(1234567890)
print(repr(t))
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t.tm_zone, t.tm_gmtoff, len(t), t[0], t[-1], t[1:4], tuple(t) == t, isinstance(t, tuple))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
print(type(t).__name__, type(t).__module__)
cls, args = t.__reduce__()
print(cls is time.struct_time, args)
s = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0, 'XYZ', -19800))
print(s, s.tm_zone, s.tm_gmtoff)
print(time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9)).tm_zone)
for bad in [(1, 2, 3), (1,) * 12, 5]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print(type(e).__name__, e)

for secs in [0, -1, 1.9, -1.5, 86399, 951782400, 4102444800, -62135596800, 253402300799, 1e10]:
    print(secs, tuple(time.gmtime(secs)))
try:
    time.gmtime(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
try:
    time.gmtime(1e20)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    time.gmtime('x')
except TypeError as e:
    print(type(e).__name__, e)

fmt = ('%a|%A|%b|%B|%c|%C|%d|%D|%e|%F|%g|%G|%h|%H|%I|%j|%k|%l|%m|%M|%n|%p|%P|%r|%R|%S|%t|%T|%u|%U|'
       '%V|%w|%W|%x|%X|%y|%Y|%z|%Z|%%|%Q|%f|%Ey|%Od|%-d|%_m|%^a|%5Y|%-j')
for secs in [1234567890, 0, 951782400, 1104537600, 1230768000, 1293753600, -2208988800]:
    print(time.strftime(fmt, time.gmtime(secs)))
print(time.strftime('%Y %j %a', (2000, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime('%Y %j %a %y %C', (5, 1, 1, 0, 0, 0, -1, 1, 0)))
print(time.strftime('%Y %y %C %G', (-5, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime('%Y', (12345, 1, 1, 0, 0, 0, 0, 1, 0)))
print(repr(time.strftime('')), repr(time.strftime('%')), repr(time.strftime('abc%')))
print(time.strftime('%Z|%z', time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0, 'ABC', -3600 * 5 - 1800))))
print(time.strftime('%z', time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0, 'ABC', 3601))))
bad_tuples = [(2000, 13, 1, 0, 0, 0, 0, 1, 0), (2000, 1, 32, 0, 0, 0, 0, 1, 0), (2000, 1, 1, 24, 0, 0, 0, 1, 0),
              (2000, 1, 1, 0, 60, 0, 0, 1, 0), (2000, 1, 1, 0, 0, 62, 0, 1, 0), (2000, 1, 1, 0, 0, 0, -2, 1, 0),
              (2000, 1, 1, 0, 0, 0, 0, 367, 0), (1, 2), (2000, 1, 1, 0, 0, 0, 7, 1, 0), (2000, 1, 1, 0, 0, 0, 0, 1, -5)]
for a in bad_tuples:
    for f in (lambda a: time.strftime('%a %j', a), time.asctime):
        try:
            print(f(a))
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
try:
    time.strftime('a\0b')
except ValueError as e:
    print(type(e).__name__, e)

print(time.asctime(time.gmtime(0)), '|', time.asctime((2000, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.asctime(time.gmtime(1234567890)))
