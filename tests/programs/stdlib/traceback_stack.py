import sys
import traceback


def show():
    for fs in traceback.extract_stack()[-3:]:
        print(fs.name, fs.lineno, fs.line)
    print(''.join(traceback.format_stack(limit=2)), end='')
    traceback.print_stack(limit=1, file=sys.stdout)
    f = sys._getframe()
    print(f.f_code.co_name, f.f_back.f_code.co_name, type(f.f_globals).__name__, sys._getframe().f_lineno)
    print(f.f_back.f_lineno, sys._getframe(1).f_code.co_name, f.f_back.f_locals)
    print([name for f, _ in traceback.walk_stack(None)][:2])


def caller():
    show()


caller()

try:
    raise ExceptionGroup('group', [ValueError('one'), TypeError('two')])
except ExceptionGroup as eg:
    print(''.join(traceback.format_exception(eg)), end='')
    print(traceback.format_exception_only(eg, show_group=True))

te = traceback.TracebackException(ValueError, ValueError('v'), None)
print(list(te.format()))


def loc():
    a = 1
    b = 'two'
    raise KeyError('k')


try:
    loc()
except KeyError as e:
    te = traceback.TracebackException(type(e), e, e.__traceback__.tb_next, capture_locals=True)
    print(''.join(te.format()), end='')
    print(sys.exception() is e)

try:
    x = [1, 2, 3]
    x[1] + x[10]
except IndexError:
    traceback.print_exc(file=sys.stdout)

try:
    traceback.print_exception(ValueError('z'), file=sys.stdout)
    traceback.print_exception(1)
except TypeError as e:
    print(type(e).__name__, e)
traceback.print_exception(KeyError('stderr one'))
