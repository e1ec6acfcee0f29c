import sys
import traceback


def inner(x):
    return 10 / x


def middle(items):
    return [inner(i) for i in items]


def outer():
    data = {'a': 1}
    return middle([1, 0]) + [data['b']]


try:
    outer()
except ZeroDivisionError as e:
    exc = e

print(''.join(traceback.format_exception(exc)), end='')
print(traceback.format_exception_only(exc))
print(traceback.format_exception_only(ValueError, ValueError('bad value')))
print(traceback.format_exception_only(None))
for fs in traceback.extract_tb(exc.__traceback__):
    print(fs.name, fs.lineno, repr(fs.line), fs.filename == __file__, len(fs), fs[2])
print([name for _, _, name, _ in traceback.extract_tb(exc.__traceback__, limit=2)])
print([name for _, _, name, _ in traceback.extract_tb(exc.__traceback__, limit=-1)])
print(''.join(traceback.format_tb(exc.__traceback__, limit=1)), end='')
print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(exc.__traceback__)])

try:
    try:
        {}['missing']
    except KeyError as e:
        raise RuntimeError('wrapped') from e
except RuntimeError as e:
    print(traceback.format_exc(), end='')
    print(traceback.format_exc(chain=False), end='')

try:
    try:
        int('x')
    except ValueError:
        None.attr
except AttributeError:
    traceback.print_exc(file=sys.stdout)

te = traceback.TracebackException.from_exception(exc)
print(te.exc_type_str, str(te), len(te.stack), type(te.stack).__name__)
print(list(te.format_exception_only()))
print(te.stack[0] == (te.stack[0].filename, te.stack[0].lineno, te.stack[0].name, te.stack[0].line))


class MyError(Exception):
    pass


e = MyError('with notes')
e.add_note('first note')
e.add_note('second\nnote')
print(traceback.format_exception_only(e), end='\n')
print(traceback.format_exception_only(MyError()))


class BadStr(Exception):
    def __str__(self):
        raise TypeError


print(traceback.format_exception_only(BadStr()))

try:
    compile('x = (1,\n 2', 'snippet.py', 'exec')
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(e)), end='')
try:
    compile('a b c', 'snip2.py', 'exec')
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(e)), end='')

fs = traceback.FrameSummary('f.py', 3, 'func', line='  x = 1  ')
print(repr(fs), fs.line, list(fs))
print(traceback.format_list([('a.py', 1, 'f', 'pass'), fs]), end='\n')
stack = traceback.StackSummary.from_list([('a.py', 1, 'f', 'x()')] * 6)
print(''.join(stack.format()), end='')


def recurse(n):
    if n == 0:
        raise ValueError('deep')
    recurse(n - 1)


try:
    recurse(8)
except ValueError as e:
    print(''.join(traceback.format_exception(e)), end='')
