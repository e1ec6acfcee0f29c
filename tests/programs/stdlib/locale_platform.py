# locale in the C locale and the platform facts that CPython and Tiercel share by design
import locale
import platform
import sys

print(locale.setlocale(locale.LC_NUMERIC), locale.getlocale(locale.LC_NUMERIC), locale.getlocale())
print(locale.localeconv())
print(locale.getpreferredencoding(), locale.getencoding(), locale.CHAR_MAX)
print(locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE, locale.LC_MONETARY,
      locale.LC_MESSAGES, locale.LC_ALL)
print(issubclass(locale.Error, Exception), locale.Error.__name__)
for args in ((locale.LC_ALL, 'xx_YY.nothing'), (locale.LC_NUMERIC, 'klingon')):
    try:
        locale.setlocale(*args)
    except locale.Error as e:
        print('Error', e)
try:
    locale.currency(1.5)
except ValueError as e:
    print('ValueError', e)
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print('TypeError', e)
print(locale.format_string('%d|%.2f|%s|%5.1f', (1234567, 1234.5, 'x', 2.25), grouping=True))
print(locale.format_string('%(a)s=%(b)d', {'a': 'k', 'b': 7}))
print(locale.str(1.0 / 3), locale.str(10), locale.atof('1234.5'), locale.atoi('42'), locale.atof('2.5', float))
print(locale.delocalize('1.5'), locale.localize('1234.5', grouping=True))
print(locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strcoll('x', 'x'), locale.strxfrm('abc'))
print(sorted(['b', 'A', 'a', 'B'], key=locale.strxfrm), locale.normalize('C'), locale.normalize('C.utf8'))
print(locale.setlocale(locale.LC_ALL, 'C'), locale.getlocale(), locale.setlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_NUMERIC, 'POSIX'), locale.setlocale(locale.LC_CTYPE, 'C.UTF-8'),
      locale.getlocale())

print(platform.system(), platform.machine(), platform.python_version(), platform.python_version_tuple())
u = platform.uname()
print(u.system == platform.system(), u.machine == platform.machine(), u.node == platform.node(),
      u.release == platform.release(), len(u), u[0] == u.system)
print(platform.architecture()[0], platform.architecture(bits='32bit'), type(platform.platform()).__name__)
print(platform.platform(terse=True).startswith(platform.system()), platform.system() in platform.platform())
print(platform.win32_ver(), platform.mac_ver(), platform.python_branch() == platform.python_revision())
print(sys.version.startswith(platform.python_version()))
