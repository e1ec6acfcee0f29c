"""Logging for applications and libraries: loggers in a dotted hierarchy, handlers, formatters, filters.

Written for Tiercel from the documented behaviour of CPython 3.13's logging package.
"""

import sys
import os
import io

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR',
           'FATAL', 'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO',
           'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler',
           'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
           'captureWarnings', 'critical', 'debug', 'disable', 'error',
           'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',
           'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown',
           'setLogRecordFactory', 'getLogRecordFactory',
           'warn', 'warning', 'getLevelNamesMapping',
           'getHandlerByName', 'getHandlerNames']

raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True
logAsyncioTasks = True

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {CRITICAL: 'CRITICAL', ERROR: 'ERROR', WARNING: 'WARNING',
                INFO: 'INFO', DEBUG: 'DEBUG', NOTSET: 'NOTSET'}
_nameToLevel = {'CRITICAL': CRITICAL, 'FATAL': FATAL, 'ERROR': ERROR, 'WARN': WARNING,
                'WARNING': WARNING, 'INFO': INFO, 'DEBUG': DEBUG, 'NOTSET': NOTSET}


def getLevelNamesMapping():
    return _nameToLevel.copy()


def getLevelName(level):
    """The name of a numeric level, the number of a level name, or 'Level N'."""
    name = _levelToName.get(level)
    if name is not None:
        return name
    number = _nameToLevel.get(level)
    if number is not None:
        return number
    return "Level %s" % level


def addLevelName(level, levelName):
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


class _NoLock:
    """Stands in for a lock when the runtime has no threads module."""

    def acquire(self, *args):
        return True

    def release(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def _new_lock():
    try:
        import threading
    except ImportError:
        return _NoLock()
    return threading.RLock()


_lock = _new_lock()


def _acquireLock():
    _lock.acquire()


def _releaseLock():
    _lock.release()


# The file of this module: frames from it are skipped when looking for the caller.
_normcase = getattr(os.path, 'normcase', lambda path: path)
_srcfile = _normcase(getLevelName.__code__.co_filename)


def _thread_info():
    try:
        import threading
    except ImportError:
        return None, 'MainThread'
    current = threading.current_thread()
    return threading.get_ident(), current.name


def _now():
    import time
    if hasattr(time, 'time_ns'):
        ns = time.time_ns()
        return ns / 1e9, ns
    t = time.time()
    return t, int(t * 1e9)


_startTime, _startTimeNs = _now()


class LogRecord(object):
    """One logged event with everything the formatters can show."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        created, created_ns = _now()
        self.name = name
        self.msg = msg
        if args and len(args) == 1 and _is_mapping(args[0]) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        try:
            self.filename = os.path.basename(pathname)
            self.module = os.path.splitext(self.filename)[0]
        except (TypeError, ValueError, AttributeError):
            self.filename = pathname
            self.module = "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = created
        self.msecs = (created_ns % 1_000_000_000) // 1_000_000 + 0.0
        self.relativeCreated = (created_ns - _startTimeNs) / 1e6
        if logThreads:
            self.thread, self.threadName = _thread_info()
        else:
            self.thread = self.threadName = None
        self.processName = 'MainProcess' if logMultiprocessing else None
        self.process = os.getpid() if logProcesses and hasattr(os, 'getpid') else None
        self.taskName = None
        if logAsyncioTasks:
            self.taskName = _current_task_name()

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname,
                                                      self.lineno, self.msg)

    def getMessage(self):
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


def _is_mapping(obj):
    from collections.abc import Mapping
    return isinstance(obj, Mapping)


def _current_task_name():
    asyncio = sys.modules.get('asyncio')
    if asyncio is None:
        return None
    try:
        task = asyncio.current_task()
    except Exception:
        return None
    return task.get_name() if task is not None else None


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    """A record whose attributes come from a dictionary (as sent over a socket)."""
    rv = _logRecordFactory(None, None, "", 0, "", (), None, None)
    rv.__dict__.update(dict)
    return rv


# ---- format styles -------------------------------------------------------------------------------

class PercentStyle(object):
    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        if not self._has_field():
            raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt, self.default_format[0]))

    def _has_field(self):
        text = self._fmt
        i = text.find('%(')
        while i >= 0:
            end = text.find(')', i + 2)
            if end < 0:
                return False
            j = end + 1
            while j < len(text) and text[j] in '#0+- 0123456789.':
                j += 1
            if j < len(text) and text[j] in 'diouxXeEfFgGcrsa%':
                return True
            i = text.find('%(', end)
        return False

    def _values(self, record):
        if self._defaults:
            values = dict(self._defaults)
            values.update(record.__dict__)
            return values
        return record.__dict__

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)


class StrFormatStyle(PercentStyle):
    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        import string
        fields = set()
        try:
            for literal, field, spec, conversion in string.Formatter().parse(self._fmt):
                if field is not None:
                    if conversion is not None and conversion not in 'rsa':
                        raise ValueError('invalid conversion: %r' % conversion)
                    fields.add(field)
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)
        if not fields:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def __init__(self, fmt, *, defaults=None):
        super().__init__(fmt, defaults=defaults)
        from string import Template
        self._tpl = Template(self._fmt)

    def usesTime(self):
        return self._fmt.find('$asctime') >= 0 or self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        for name in self._tpl.get_identifiers():
            return
        raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._tpl.substitute(**self._values(record))


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


def _format_exception(ei):
    """The text traceback.print_exception would write, or the exception line alone without it."""
    try:
        import traceback
    except ImportError:
        traceback = None
    if traceback is not None:
        sio = io.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, sio)
        return sio.getvalue()
    value = ei[1]
    text = str(value)
    name = ei[0].__qualname__ if ei[0] is not None else 'NoneType'
    module = getattr(ei[0], '__module__', 'builtins')
    if module not in ('builtins', '__main__'):
        name = module + '.' + name
    return ('%s: %s' % (name, text) if text else name) + '\n'


class Formatter(object):
    """Turns a record into text: a format with the record's attributes, times, tracebacks."""

    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    @staticmethod
    def converter(secs=None):
        import time
        return time.localtime(secs)

    def formatTime(self, record, datefmt=None):
        import time
        ct = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, ct)
        s = time.strftime(self.default_time_format, ct)
        if self.default_msec_format:
            s = self.default_msec_format % (s, record.msecs)
        return s

    def formatException(self, ei):
        s = _format_exception(ei)
        if s[-1:] == "\n":
            s = s[:-1]
        return s

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records: a header, each record, a footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        parts = [self.formatHeader(records)]
        parts.extend(self.linefmt.format(record) for record in records)
        parts.append(self.formatFooter(records))
        return "".join(parts)


# ---- filters -------------------------------------------------------------------------------------

class Filter(object):
    """Lets through records of the named logger and of loggers below it."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0 or self.name == record.name:
            return True
        if not record.name.startswith(self.name):
            return False
        return record.name[self.nlen] == "."


class Filterer(object):
    """Something that holds filters: a record passes if every filter accepts it."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for f in self.filters:
            check = f.filter if hasattr(f, 'filter') else f
            result = check(record)
            if not result:
                return False
            if isinstance(result, LogRecord):
                record = result
        return record


# ---- handlers ------------------------------------------------------------------------------------

_handlers = {}        # name -> handler (CPython keeps weak references; handlers live long anyway)
_handlerList = []     # every handler, in creation order, for shutdown()


def getHandlerByName(name):
    return _handlers.get(name)


def getHandlerNames():
    return frozenset(_handlers)


class Handler(Filterer):
    """Sends records somewhere; subclasses define emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        _handlerList.append(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            if self._name in _handlers:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = _new_lock()

    def _at_fork_reinit(self):
        self.createLock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        fmt = self.formatter if self.formatter else _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        rv = self.filter(record)
        if isinstance(rv, LogRecord):
            record = rv
        if rv:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return rv

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        with _lock:
            self._closed = True
            if self._name and self._name in _handlers:
                del _handlers[self._name]

    def handleError(self, record):
        if not (raiseExceptions and sys.stderr):
            return
        t, v, tb = sys.exc_info()
        try:
            sys.stderr.write('--- Logging error ---\n')
            sys.stderr.write(_format_exception((t, v, tb)))
            sys.stderr.write('Call stack:\n')
            sys.stderr.write(_outside_stack(tb, record))
            try:
                sys.stderr.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                sys.stderr.write('Unable to print the message and arguments'
                                 ' - possible formatting error.\nUse the'
                                 ' traceback above to help find the error.\n')
        except OSError:
            pass

    def __repr__(self):
        return '<%s (%s)>' % (self.__class__.__name__, getLevelName(self.level))


def _outside_stack(tb, record):
    """The stack of the code that logged, without the frames of this package."""
    frame = getattr(tb, 'tb_frame', None)
    here = os.path.dirname(_srcfile)
    while frame is not None and os.path.dirname(frame.f_code.co_filename) == here:
        frame = frame.f_back
    try:
        import traceback
    except ImportError:
        traceback = None
    if frame is not None and traceback is not None:
        return ''.join(traceback.format_stack(frame))
    return 'Logged from file %s, line %s\n' % (record.filename, record.lineno)


class StreamHandler(Handler):
    """Writes each formatted record and a terminator to a stream (sys.stderr by default)."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        with self.lock:
            if self.stream and hasattr(self.stream, "flush"):
                self.stream.flush()

    def emit(self, record):
        try:
            msg = self.format(record)
            self.stream.write(msg + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        if stream is self.stream:
            return None
        result = self.stream
        with self.lock:
            self.flush()
            self.stream = stream
        return result

    def __repr__(self):
        name = str(getattr(self.stream, 'name', ''))
        if name:
            name += ' '
        return '<%s %s(%s)>' % (self.__class__.__name__, name, getLevelName(self.level))

    __class_getitem__ = classmethod(lambda cls, item: cls)


class FileHandler(StreamHandler):
    """A StreamHandler on a file it opens itself (at once, or at the first record with delay=True)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        filename = os.fspath(filename) if hasattr(os, 'fspath') else filename
        self.baseFilename = os.path.abspath(filename)
        self.mode = mode
        self.encoding = encoding
        if 'b' not in mode and encoding is None:
            self.encoding = 'utf-8'
        self.errors = errors
        self.delay = delay
        self._builtin_open = open
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def close(self):
        with self.lock:
            try:
                if self.stream:
                    try:
                        self.flush()
                    finally:
                        stream = self.stream
                        self.stream = None
                        if hasattr(stream, "close"):
                            stream.close()
            finally:
                StreamHandler.close(self)

    def _open(self):
        return self._builtin_open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors)

    def emit(self, record):
        if self.stream is None:
            if self.mode != 'w' or not self._closed:
                self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.baseFilename, getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """The last resort: writes to whatever sys.stderr is at the time."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    """Does nothing: libraries add it so that their records need no configuration."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass


# ---- loggers -------------------------------------------------------------------------------------

_loggerClass = None


def setLoggerClass(klass):
    if klass != Logger:
        if not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    global _loggerClass
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class Manager(object):
    """Holds the loggers by name and links each to its nearest existing ancestor."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            existing = self.loggerDict.get(name)
            if existing is not None:
                return existing
            logger = (self.loggerClass or _loggerClass)(name)
            logger.manager = self
            self.loggerDict[name] = logger
            self._link(logger)
            return logger

    def _link(self, logger):
        name = logger.name
        logger.parent = self._nearest_ancestor(name)
        prefix = name + '.'
        for other in self.loggerDict.values():
            if other is logger or not other.name.startswith(prefix):
                continue
            # a descendant whose parent is above the new logger now hangs below it
            parent = other.parent
            if parent is self.root or not parent.name.startswith(prefix):
                other.parent = logger

    def _nearest_ancestor(self, name):
        i = name.rfind('.')
        while i > 0:
            found = self.loggerDict.get(name[:i])
            if found is not None:
                return found
            i = name.rfind('.', 0, i)
        return self.root

    def setLoggerClass(self, klass):
        if klass != Logger and not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _clear_cache(self):
        with _lock:
            for logger in self.loggerDict.values():
                logger._cache.clear()
            self.root._cache.clear()


def _is_internal_frame(frame):
    filename = _normcase(frame.f_code.co_filename)
    return filename == _srcfile or ("importlib" in filename and "_bootstrap" in filename)


def _caller_frame():
    getframe = getattr(sys, '_getframe', None)
    if getframe is None:
        return None
    try:
        return getframe(1)
    except (ValueError, AttributeError):
        return None


class Logger(Filterer):
    """A named channel: checks the level, makes records and passes them to handlers up the hierarchy."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _deprecated("The 'warn' method is deprecated, use 'warning' instead")
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(file, line, function, stack text) of the code that called the logging method."""
        frame = _caller_frame()
        while frame is not None and _is_internal_frame(frame):
            frame = frame.f_back
        while frame is not None and stacklevel > 1:
            frame = frame.f_back
            while frame is not None and _is_internal_frame(frame):
                frame = frame.f_back
            stacklevel -= 1
        if frame is None:
            return "(unknown file)", 0, "(unknown function)", None
        sinfo = None
        if stack_info:
            sinfo = _format_stack(frame)
        code = frame.f_code
        return code.co_filename, frame.f_lineno, code.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        rv = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ("message", "asctime") or key in rv.__dict__:
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                rv.__dict__[key] = extra[key]
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args, exc_info, func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        if self.disabled:
            return
        passed = self.filter(record)
        if not passed:
            return
        if isinstance(passed, LogRecord):
            record = passed
        self.callHandlers(record)

    def addHandler(self, hdlr):
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def hasHandlers(self):
        logger = self
        while logger:
            if logger.handlers:
                return True
            if not logger.propagate:
                return False
            logger = logger.parent
        return False

    def callHandlers(self, record):
        found = 0
        logger = self
        while logger:
            for hdlr in logger.handlers:
                found += 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            logger = logger.parent if logger.propagate else None
        if found == 0:
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
                self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        try:
            return self._cache[level]
        except KeyError:
            pass
        with _lock:
            if self.manager.disable >= level:
                enabled = False
            else:
                enabled = level >= self.getEffectiveLevel()
            self._cache[level] = enabled
        return enabled

    def getChild(self, suffix):
        if self.root is not self:
            suffix = '.'.join((self.name, suffix))
        return self.manager.getLogger(suffix)

    def getChildren(self):
        prefix_len = 0 if self is self.root else len(self.name) + 1
        return set(item for item in self.manager.loggerDict.values()
                   if isinstance(item, Logger) and item.parent is self
                   and '.' not in item.name[prefix_len:])

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        if getLogger(self.name) is not self:
            import pickle
            raise pickle.PicklingError('logger cannot be pickled')
        return getLogger, (self.name,)


def _format_stack(frame):
    try:
        import traceback
    except ImportError:
        return None
    sio = io.StringIO()
    sio.write('Stack (most recent call last):\n')
    traceback.print_stack(frame, file=sio)
    text = sio.getvalue()
    if text[-1:] == '\n':
        text = text[:-1]
    return text


def _deprecated(message):
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, DeprecationWarning, 3)


class RootLogger(Logger):
    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger

root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


class LoggerAdapter(object):
    """Wraps a logger and adds contextual information (``extra``) to each call."""

    def __init__(self, logger, extra=None, merge_extra=False):
        self.logger = logger
        self.extra = extra
        self.merge_extra = merge_extra

    def process(self, msg, kwargs):
        if self.merge_extra and "extra" in kwargs:
            kwargs["extra"] = {**self.extra, **kwargs["extra"]}
        else:
            kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _deprecated("The 'warn' method is deprecated, use 'warning' instead")
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, **kwargs):
        return self.logger._log(level, msg, args, **kwargs)

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.logger.name,
                                 getLevelName(self.logger.getEffectiveLevel()))


# ---- module-level configuration and shortcuts ----------------------------------------------------

def basicConfig(**kwargs):
    """Gives the root logger a handler and formatter, unless it has handlers already (or force=True)."""
    with _lock:
        force = kwargs.pop('force', False)
        encoding = kwargs.pop('encoding', None)
        errors = kwargs.pop('errors', 'backslashreplace')
        if force:
            for h in root.handlers[:]:
                root.removeHandler(h)
                h.close()
        if root.handlers:
            return
        handlers = kwargs.pop("handlers", None)
        if handlers is None:
            if "stream" in kwargs and "filename" in kwargs:
                raise ValueError("'stream' and 'filename' should not be specified together")
        elif "stream" in kwargs or "filename" in kwargs:
            raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
        if handlers is None:
            filename = kwargs.pop("filename", None)
            mode = kwargs.pop("filemode", 'a')
            if filename:
                if 'b' in mode:
                    errors = None
                h = FileHandler(filename, mode, encoding=encoding, errors=errors)
            else:
                h = StreamHandler(kwargs.pop("stream", None))
            handlers = [h]
        datefmt = kwargs.pop("datefmt", None)
        style = kwargs.pop("style", '%')
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        fs = kwargs.pop("format", _STYLES[style][1])
        fmt = Formatter(fs, datefmt, style)
        for h in handlers:
            if h.formatter is None:
                h.setFormatter(fmt)
            root.addHandler(h)
        level = kwargs.pop("level", None)
        if level is not None:
            root.setLevel(level)
        if kwargs:
            raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs.keys()))


def getLogger(name=None):
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def _configured_root():
    if len(root.handlers) == 0:
        basicConfig()
    return root


def critical(msg, *args, **kwargs):
    _configured_root().critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    _configured_root().error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    _configured_root().warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    _deprecated("The 'warn' function is deprecated, use 'warning' instead")
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    _configured_root().info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    _configured_root().debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    _configured_root().log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flushes and closes every handler, newest first (registered to run at exit)."""
    for h in reversed(handlerList[:]):
        try:
            h.acquire()
            try:
                h.flush()
                h.close()
            finally:
                h.release()
        except (OSError, ValueError):
            pass
        except Exception:
            if raiseExceptions:
                raise


def _register_shutdown():
    try:
        import atexit
    except ImportError:
        return
    atexit.register(shutdown)


_register_shutdown()

_warnings_showwarning = None


class _WarningsHandler:
    """Formats a warning and logs it on the 'py.warnings' logger."""

    def __call__(self, message, category, filename, lineno, file=None, line=None):
        if file is not None:
            if _warnings_showwarning is not None:
                _warnings_showwarning(message, category, filename, lineno, file, line)
            return
        import warnings
        s = warnings.formatwarning(message, category, filename, lineno, line)
        logger = getLogger("py.warnings")
        if not logger.handlers:
            logger.addHandler(NullHandler())
        logger.warning(str(s))


def captureWarnings(capture):
    """Routes warnings.showwarning to the 'py.warnings' logger (or back)."""
    global _warnings_showwarning
    import warnings
    if capture:
        if _warnings_showwarning is None:
            _warnings_showwarning = warnings.showwarning
            warnings.showwarning = _WarningsHandler()
    elif _warnings_showwarning is not None:
        warnings.showwarning = _warnings_showwarning
        _warnings_showwarning = None
