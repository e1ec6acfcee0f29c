"""Functions to run when the interpreter exits: the runtime calls _run_exitfuncs() after the main program
ends (normally, through sys.exit(), or after printing an uncaught exception's traceback)."""

import sys

_callbacks = []


def register(func, /, *args, **kwargs):
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    # as CPython's, an unregistered slot stays counted by _ncallbacks() until the functions run
    for i, entry in enumerate(_callbacks):
        if entry is not None and entry[0] == func:
            _callbacks[i] = None


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _report(func, exc):
    """What CPython prints for an exception an exit function raised, traceback from the function's frame."""
    try:
        import tiercel
        tb = exc.__traceback__
        # the first entry is this module's call of the function, which CPython's C caller does not show
        exc.__traceback__ = tb.tb_next if tb is not None else None
        # CPython prints unraisable exceptions through its C traceback printer, which draws no carets
        lines = tiercel.format_exception(exc).splitlines(True)
        text = ''.join(line for line in lines if line.strip(' ~^\n') or not line.strip())
    except Exception:
        text = '%s: %s\n' % (type(exc).__name__, exc)
    sys.stdout.flush()
    sys.stderr.write('Exception ignored in atexit callback %r:\n%s' % (func, text))
    sys.stderr.flush()


def _run_exitfuncs():
    while _callbacks:
        entry = _callbacks.pop()
        if entry is None:
            continue
        func, args, kwargs = entry
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            _report(func, exc)
