import sys
import warnings


def show(log):
    for w in log:
        print(w.category.__name__, str(w.message), w.lineno > 0, type(w.message).__name__)
    log.clear()


def emit(msg, cat=UserWarning):
    warnings.warn(msg, cat)


print(warnings.filters[:3])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    emit('a')
    emit('a')
    emit('dep', DeprecationWarning)
    show(log)
    warnings.simplefilter('once')
    for _ in range(3):
        emit('once-msg')
    show(log)
    warnings.resetwarnings()
    warnings.simplefilter('default')
    for _ in range(3):
        emit('default-msg')  # one location: shown once
    emit('default-msg')      # another line: shown again
    show(log)
    warnings.simplefilter('module')
    emit('mod-msg')
    emit('mod-msg')
    show(log)
    warnings.resetwarnings()
    warnings.filterwarnings('ignore', message='skip')
    warnings.filterwarnings('error', category=RuntimeWarning)
    emit('skip this one')
    emit('SKIP case-insensitive')
    emit('keep this one')
    try:
        emit('boom', RuntimeWarning)
    except RuntimeWarning as e:
        print('raised', type(e).__name__, e)
    show(log)
    warnings.resetwarnings()
    warnings.simplefilter('always')
    warnings.warn(UserWarning('instance'))
    warnings.warn('bytes', BytesWarning)
    warnings.warn_explicit('explicit', SyntaxWarning, 'fake.py', 42)
    print(log[-1].filename, log[-1].lineno, log[-1].category.__name__)
    show(log)
    try:
        warnings.warn('x', 'notacategory')
    except TypeError as e:
        print(type(e).__name__, e)
    for args in [('bogus',), ('ignore', 1), ('ignore', '', 3), ('ignore', '', Warning, 3),
                 ('ignore', '', Warning, '', -1), ('ignore', '', Warning, '', 'x')]:
        try:
            warnings.filterwarnings(*args)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    w = warnings.WarningMessage('m', UserWarning, 'f.py', 3)
    print(w)

print(len(warnings.filters))
print(warnings.formatwarning('msg', UserWarning, 'file.py', 10, '   x = 1   '), end='')
print(repr(warnings.formatwarning('msg', DeprecationWarning, 'file.py', 10, '')))


def custom(message, category, filename, lineno, file=None, line=None):
    print('custom:', category.__name__, message, lineno)


with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.showwarning = custom
    warnings.warn('via custom')
print(warnings.showwarning is custom)


@warnings.deprecated("use g instead")
def old(x):
    return x * 2


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    print(old(21), old.__deprecated__, old.__name__)
    show(log)
