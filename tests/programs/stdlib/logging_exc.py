# logging: exception() with tracebacks, caller information (funcName, lineno, module), stacklevel, handleError
import io
import logging

out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter('%(levelname)s %(module)s %(filename)s %(funcName)s:%(lineno)d %(message)s'))
lg = logging.getLogger('exc')
lg.propagate = False
lg.addHandler(h)


def fail(n):
    return 10 // n


def work():
    lg.info('not enabled')
    lg.warning('in work')
    try:
        fail(0)
    except ZeroDivisionError:
        lg.exception('failed with %s', 'zero')
    try:
        {}['key']
    except KeyError as e:
        lg.error('caught', exc_info=e)
    lg.error('no exception', exc_info=True)


def helper(msg):
    lg.warning(msg, stacklevel=2)


def caller():
    helper('reported at the caller')


work()
caller()
lg.critical('module level')
print(out.getvalue(), end='')

f = logging.Formatter('%(message)s')
try:
    raise ValueError('bad value')
except ValueError as e:
    import sys
    text = f.formatException(sys.exc_info())
    print(text.splitlines()[0], '|', text.splitlines()[-1])
    rec = lg.makeRecord('exc', logging.ERROR, 'p', 1, 'm', (), sys.exc_info())
    print(f.format(rec).splitlines()[-1], rec.exc_text is not None)

# with raiseExceptions off, a formatting error in a record is ignored
logging.raiseExceptions = False
lg.warning('silent %d', 'x')
print('still running')
