"""Measure how long small pieces of code take to run.

From Python: Timer, timeit(), repeat(), default_timer.

From the command line:
    tiercel -m timeit [-n N] [-r N] [-s S] [-p] [-v] [-u UNIT] [-h] [--] [statement ...]

  -n/--number N   run the statement N times per measurement (default: grow 1, 2, 5, 10, 20, 50, ...
                  until one measurement takes at least 0.2 seconds)
  -r/--repeat N   take N measurements and report the best (default 5)
  -s/--setup S    code run once before each measurement, not timed (default 'pass'); may repeat
  -p/--process    measure CPU time (time.process_time) instead of time.perf_counter
  -v/--verbose    also print the raw measurements; give it twice for more digits
  -u/--unit U     report in nsec, usec, msec or sec
  -h/--help       print this text
  --              the arguments that follow are the statement, even if they start with -
  statement       the code to time (default 'pass'); several arguments are several lines
"""

import sys
import time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

dummy_src_name = '<timeit-src>'
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals


def _indent(src, spaces):
    return src.replace('\n', '\n' + ' ' * spaces)


class Timer:
    """Class for timing execution speed of small code snippets."""

    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        """Constructor.  See class doc string."""
        self.timer = timer
        namespace = {}
        outer = {} if globals is None else globals
        params = ''
        if isinstance(stmt, str):
            compile(stmt, dummy_src_name, 'exec')     # a bad statement fails on its own, with its own lines
            stmt_src = _indent(stmt, 8)
        elif callable(stmt):
            namespace['_stmt'] = stmt
            params += ', _stmt=_stmt'
            stmt_src = '_stmt()'
        else:
            raise ValueError('stmt is neither a string nor callable')
        if isinstance(setup, str):
            compile(setup, dummy_src_name, 'exec')
            compile(setup + '\n' + (stmt if isinstance(stmt, str) else 'pass'), dummy_src_name, 'exec')
            setup_src = _indent(setup, 4)
        elif callable(setup):
            namespace['_setup'] = setup
            params += ', _setup=_setup'
            setup_src = '_setup()'
        else:
            raise ValueError('setup is neither a string nor callable')
        self.src = (f'def inner(_it, _timer{params}):\n'
                    f'    {setup_src}\n'
                    f'    _t0 = _timer()\n'
                    f'    for _i in _it:\n'
                    f'        {stmt_src}\n'
                    f'        pass\n'
                    f'    _t1 = _timer()\n'
                    f'    return _t1 - _t0\n')
        code = compile(self.src, dummy_src_name, 'exec')
        exec(code, outer, namespace)
        self.inner = namespace['inner']

    def print_exc(self, file=None):
        """Helper to print a traceback from the timed code."""
        try:
            import traceback
        except ImportError:
            traceback = None
        if traceback is not None:
            traceback.print_exc(file=file)
            return
        error = sys.exception()
        print(f'{type(error).__name__}: {error}', file=file or sys.stderr)

    def timeit(self, number=default_number):
        """Time 'number' executions of the main statement."""
        try:
            import gc
        except ImportError:
            gc = None
        was_enabled = gc is not None and gc.isenabled()
        if was_enabled:
            gc.disable()
        try:
            return self.inner(range(number), self.timer)
        finally:
            if was_enabled:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """Call timeit() a few times."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Return the number of loops and time taken so that total time >= 0.2."""
        scale = 1
        while True:
            for factor in (1, 2, 5):
                number = scale * factor
                elapsed = self.timeit(number)
                if callback:
                    callback(number, elapsed)
                if elapsed >= 0.2:
                    return number, elapsed
            scale *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number, globals=None):
    """Convenience function to create Timer object and call timeit method."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat, number=default_number,
           globals=None):
    """Convenience function to create Timer object and call repeat method."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_UNITS = {'nsec': 1e-9, 'usec': 1e-6, 'msec': 1e-3, 'sec': 1.0}
_SHORT = 'n:u:s:r:pvh'
_LONG = {'number': 'n', 'setup': 's', 'repeat': 'r', 'process': 'p', 'verbose': 'v', 'unit': 'u', 'help': 'h'}


def _parse_options(args):
    """[(option letter, value)], remaining args; raises ValueError with getopt's messages."""
    options = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == '--':
            return options, args[i + 1:]
        if arg.startswith('--'):
            name, eq, value = arg[2:].partition('=')
            matches = [n for n in _LONG if n.startswith(name)]
            if name in _LONG:
                matches = [name]
            if len(matches) != 1:
                raise ValueError(f'option --{name} not recognized' if not matches
                                 else f'option --{name} not a unique prefix')
            letter = _LONG[matches[0]]
            if letter + ':' in _SHORT:
                if not eq:
                    if i + 1 >= len(args):
                        raise ValueError(f'option --{matches[0]} requires argument')
                    i += 1
                    value = args[i]
            elif eq:
                raise ValueError(f'option --{matches[0]} must not have an argument')
            options.append((letter, value))
        elif arg.startswith('-') and arg != '-':
            j = 1
            while j < len(arg):
                letter = arg[j]
                pos = _SHORT.find(letter)
                if pos == -1 or letter == ':':
                    raise ValueError(f'option -{letter} not recognized')
                if pos + 1 < len(_SHORT) and _SHORT[pos + 1] == ':':
                    value = arg[j + 1:]
                    if not value:
                        if i + 1 >= len(args):
                            raise ValueError(f'option -{letter} requires argument')
                        i += 1
                        value = args[i]
                    options.append((letter, value))
                    break
                options.append((letter, ''))
                j += 1
        else:
            return options, args[i:]
        i += 1
    return options, []


def _format_time(dt, unit, precision):
    scales = sorted(_UNITS.items(), key=lambda item: item[1], reverse=True)
    if unit is not None:
        scale = _UNITS[unit]
    else:
        for unit, scale in scales:
            if dt >= scale:
                break
    return '%.*g %s' % (precision, dt / scale, unit)


def main(args=None, *, _wrap_timer=None):
    """Main program, used when run as a script."""
    if args is None:
        args = sys.argv[1:]
    try:
        options, args = _parse_options(args)
    except ValueError as err:
        print(err)
        print('use -h/--help for command line help')
        return 2
    timer = default_timer
    stmt = '\n'.join(args) or 'pass'
    number = 0
    setup = []
    repeat_count = default_repeat
    verbose = 0
    time_unit = None
    precision = 3
    for letter, value in options:
        if letter == 'n':
            number = int(value)
        elif letter == 's':
            setup.append(value)
        elif letter == 'u':
            if value not in _UNITS:
                print('Unrecognized unit. Please select nsec, usec, msec, or sec.', file=sys.stderr)
                return 2
            time_unit = value
        elif letter == 'r':
            repeat_count = max(int(value), 1)
        elif letter == 'p':
            timer = time.process_time
        elif letter == 'v':
            if verbose:
                precision += 1
            verbose += 1
        elif letter == 'h':
            print(__doc__, end=' ')
            return 0
    setup = '\n'.join(setup) or 'pass'
    sys.path.insert(0, '')      # as a script: the current directory is importable
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    t = Timer(stmt, setup, timer)
    if number == 0:
        callback = None
        if verbose:
            def callback(loops, elapsed):
                plural = loops != 1
                print('{num} loop{s} -> {secs:.{prec}g} secs'.format(num=loops, s='s' if plural else '',
                                                                       secs=elapsed, prec=precision))
        try:
            number, _ = t.autorange(callback)
        except Exception:
            t.print_exc()
            return 1
        if verbose:
            print()
    try:
        raw_timings = t.repeat(repeat_count, number)
    except Exception:
        t.print_exc()
        return 1
    timings = [dt / number for dt in raw_timings]
    if verbose:
        print('raw times: %s' % ', '.join(_format_time(dt, time_unit, precision) for dt in raw_timings))
        print()
    best = min(timings)
    print('%d loop%s, best of %d: %s per loop' % (number, 's' if number != 1 else '', repeat_count,
                                                  _format_time(best, time_unit, precision)))
    worst = max(timings)
    if worst >= best * 4:
        try:
            import warnings
        except ImportError:
            return None
        warnings.warn_explicit('The test results are likely unreliable. The worst time (%s) was more than '
                               'four times slower than the best time (%s).'
                               % (_format_time(worst, time_unit, precision), _format_time(best, time_unit, precision)),
                               UserWarning, '', 0)
    return None


if __name__ == '__main__':
    sys.exit(main())
