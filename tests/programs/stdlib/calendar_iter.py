# calendar: Calendar iterators and year matrices for several first weekdays, HTMLCalendar output
import calendar
import datetime

for first in [0, 6, 3, 7, -1]:
    cal = calendar.Calendar(first)
    print('first', first, cal.firstweekday, cal.getfirstweekday(), list(cal.iterweekdays()))
    print([d.isoformat() for d in cal.itermonthdates(2024, 2)])
    print(list(cal.itermonthdays(2024, 2)))
    print(list(cal.itermonthdays2(2023, 10)))
    print(list(cal.itermonthdays3(2023, 12))[-8:])
    print(list(cal.itermonthdays4(2024, 1))[:8])
    print(cal.monthdayscalendar(2021, 2))
    print(cal.monthdays2calendar(2021, 2)[0])
    print([[d.day for d in w] for w in cal.monthdatescalendar(2015, 2)])
cal = calendar.Calendar()
cal.setfirstweekday(2)
print(cal.firstweekday)
cal.firstweekday = 5
print(cal.getfirstweekday())
print([d.isoformat() for d in calendar.Calendar().itermonthdates(1, 1)][:3])
try:
    print(list(calendar.Calendar().itermonthdates(9999, 12))[-3:])
except ValueError as e:
    print(type(e).__name__, e)
print(list(calendar.Calendar().itermonthdays3(9999, 12))[-3:], list(calendar.Calendar().itermonthdays3(1, 1))[:2])
ydc = calendar.Calendar().yeardatescalendar(2024, 4)
print(len(ydc), [len(row) for row in ydc], ydc[0][0][0][0], ydc[2][3][-1][-1])
print(calendar.Calendar(6).yeardayscalendar(2024, 5)[2])
print(calendar.Calendar().yeardays2calendar(2023)[3][2][-1])

h = calendar.HTMLCalendar()
print(h.formatday(0, 3), h.formatday(5, 6), h.formatweekday(0), h.formatweekheader())
print(h.formatmonthname(2024, 2), h.formatmonthname(2024, 2, withyear=False))
print(h.formatmonth(2024, 2), end='|\n')
print(h.formatyear(2023, width=4))
page = h.formatyearpage(2024, width=2, css=None, encoding='ascii')
print(type(page).__name__, len(page), page[:300])
print(calendar.HTMLCalendar(6).formatyearpage(2022)[-200:])


class Styled(calendar.HTMLCalendar):
    cssclasses = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    cssclass_month = 'm'
    cssclass_noday = 'none'


print(Styled(firstweekday=calendar.SUNDAY).formatmonth(2024, 9))
try:
    h.formatmonth(2024, 13)
except IndexError as e:
    print(type(e).__name__, e)
try:
    calendar.Calendar().monthdayscalendar(2024, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e, e.month)
