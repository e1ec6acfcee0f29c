# calendar: module functions, TextCalendar output (month, year, week widths), names, errors
import calendar

print(calendar.__all__)
print(repr(calendar.MONDAY), calendar.MONDAY, repr(calendar.DECEMBER), calendar.SUNDAY + 1, list(calendar.Day)[:2])
print(calendar.Month(3).name, calendar.Day.FRIDAY.value, calendar.error is ValueError)
print(calendar.month_name[:], calendar.month_abbr[1:4], list(calendar.day_name), calendar.day_abbr[-1],
      len(calendar.month_name), len(calendar.day_abbr))
for y in [1900, 2000, 2023, 2024, 2100, 0, -4]:
    print(y, calendar.isleap(y))
print(calendar.leapdays(1900, 2000), calendar.leapdays(2000, 2001), calendar.leapdays(2001, 2001), calendar.leapdays(-100, 100))
for args in [(2024, 2, 29), (1970, 1, 1), (10000, 1, 1), (1, 1, 1), (-1, 12, 31)]:
    print(args, repr(calendar.weekday(*args)))
for y, m in [(2024, 2), (2023, 2), (1900, 2), (2024, 12), (2021, 8)]:
    print(y, m, calendar.monthrange(y, m), calendar.monthcalendar(y, m))
for bad in [lambda: calendar.monthrange(2000, 13), lambda: calendar.monthrange(2000, 0),
            lambda: calendar.setfirstweekday(7), lambda: calendar.setfirstweekday(-1), lambda: calendar.month(2000, 13),
            lambda: calendar.weekday(2000, 2, 30)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
print(calendar.timegm((2009, 2, 13, 23, 31, 30, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)),
      calendar.timegm((2000, 14, 1, 0, 0, 0)) if False else calendar.timegm((2000, 3, 1, 0, 0, 0)))

print(calendar.month(2024, 2), end='|\n')
print(calendar.month(2021, 8, w=3, l=2), end='|\n')
print(calendar.month(2023, 10, 9), end='|\n')
calendar.prmonth(1999, 12)
print(calendar.weekheader(2), '|', calendar.weekheader(3), '|', calendar.weekheader(9), '|', calendar.weekheader(1))
print(repr(calendar.week([(0, 0), (0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6)], 3)))
print(calendar.calendar(2024), end='|\n')
calendar.prcal(2023, w=3, l=1, c=4, m=4)
print(calendar.calendar(1, m=2), end='|\n')
print(repr(calendar.formatstring(['a', 'bb', 'ccc'], 5, 2)))
calendar.format(['x', 'y'], 4, 1)

print(calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(2))
print(calendar.month(2024, 6), end='')
print(calendar.monthcalendar(2024, 6))
calendar.setfirstweekday(3)
print(calendar.month(2024, 6), end='')
calendar.setfirstweekday(0)

tc = calendar.TextCalendar(firstweekday=6)
print(repr(tc.formatday(0, 0, 3)), repr(tc.formatday(7, 0, 4)), repr(tc.formatweekday(2, 10)), repr(tc.formatweekday(2, 5)))
print(repr(tc.formatmonthname(2024, 3, 20)), repr(tc.formatmonthname(2024, 3, 20, withyear=False)))
print(repr(tc.formatmonth(2024, 3)))
tc.prweek([(1, 6), (2, 0), (3, 1), (4, 2), (5, 3), (6, 4), (7, 5)], 2)
print()
tc.pryear(2025, 2, 1, 6, 6)
lc = calendar.LocaleTextCalendar(locale='C')
print(lc.formatmonth(2024, 1) == calendar.TextCalendar().formatmonth(2024, 1))
