"""Issuing warnings and controlling which are shown, turned into errors or ignored."""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings", "deprecated"]

# (action, message regex or None, category, module regex or None, lineno); the first match decides
filters = []
defaultaction = 'default'
onceregistry = {}
_filters_version = 1

_ACTIONS = ('error', 'ignore', 'always', 'all', 'default', 'module', 'once')


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _add_filter(item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def _check_action(action):
    if action not in _ACTIONS:
        raise ValueError(f"invalid action: {action!r}")


def _check_lineno(lineno):
    if not isinstance(lineno, int):
        raise TypeError("lineno must be an int")
    if lineno < 0:
        raise ValueError("lineno must be an int >= 0")


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Adds a filter: action for warnings whose text starts with message (regex, any case), of category,
    raised in a module matching module (regex), at lineno (0: any line)."""
    _check_action(action)
    if not isinstance(message, str):
        raise TypeError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise TypeError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise TypeError("module must be a string")
    _check_lineno(lineno)
    import re
    message_re = re.compile(message, re.I) if message else None
    module_re = re.compile(module) if module else None
    _add_filter((action, message_re, category, module_re, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter for category at lineno, whatever the message and module."""
    _check_action(action)
    _check_lineno(lineno)
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """A bad -W option."""


def _setoption(arg):
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError(f"too many fields (max 5): {arg!r}")
    while len(parts) < 5:
        parts.append('')
    action, message, category, module, lineno = (s.strip() for s in parts)
    action = _getaction(action)
    category = _getcategory(category)
    if message or module:
        import re
    if message:
        message = re.escape(message)
    if module:
        module = re.escape(module) + r'\Z'
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError(f"invalid lineno {lineno!r}") from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return 'default'
    for a in _ACTIONS:
        if a.startswith(action):
            return a
    raise _OptionError(f"invalid action: {action!r}")


def _getcategory(category):
    if not category:
        return Warning
    if '.' not in category:
        import builtins
        cat = getattr(builtins, category, None)
        if cat is None:
            raise _OptionError(f"unknown warning category: {category!r}")
    else:
        modname, _, attr = category.rpartition('.')
        try:
            module = __import__(modname, None, None, [attr])
        except ImportError:
            raise _OptionError(f"invalid module name: {modname!r}") from None
        try:
            cat = getattr(module, attr)
        except AttributeError:
            raise _OptionError(f"unknown warning category: {category!r}") from None
    if not isinstance(cat, type) or not issubclass(cat, Warning):
        raise _OptionError(f"invalid warning category: {category!r}")
    return cat


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


class WarningMessage:
    """One warning as catch_warnings(record=True) keeps it."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return (f"{{message : {self.message!r}, category : {self._category_name!r}, "
                f"filename : {self.filename!r}, lineno : {self.lineno}, line : {self.line!r}}}")


def _formatwarnmsg(msg):
    text = f"{msg.filename}:{msg.lineno}: {msg.category.__name__}: {msg.message}\n"
    line = msg.line
    if line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    if line:
        text += f"  {line.strip()}\n"
    return text


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning writes: 'file:line: Category: message' and the source line, indented."""
    return _formatwarnmsg(WarningMessage(message, category, filename, lineno, None, line))


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to file (default sys.stderr); programs may replace this function."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _is_internal_filename(filename):
    return 'importlib' in filename and '_bootstrap' in filename


def _frame_for(stacklevel, skip_file_prefixes):
    """The frame stacklevel calls above warn()'s caller, skipping internal frames as CPython does."""
    try:
        frame = sys._getframe(2)
    except ValueError:
        return None
    if stacklevel <= 1 and not skip_file_prefixes:
        return frame
    level = stacklevel
    while frame is not None and level > 1:
        frame = frame.f_back
        while (frame is not None and skip_file_prefixes
               and frame.f_code.co_filename.startswith(skip_file_prefixes)):
            frame = frame.f_back
        level -= 1
    return frame


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    """Issues a warning, reported at the caller's line (or stacklevel-1 calls further up)."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'".format(type(category).__name__))
    if not isinstance(skip_file_prefixes, tuple):
        raise TypeError('skip_file_prefixes must be a tuple of strs')
    if skip_file_prefixes:
        stacklevel = max(2, stacklevel)
    frame = _frame_for(stacklevel, skip_file_prefixes)
    if frame is None:
        globals_ = sys.__dict__
        filename = "<sys>"
        lineno = 0
    else:
        globals_ = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals_['__name__'] if '__name__' in globals_ else "<string>"
    registry = globals_.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, globals_, source)


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):  # the built-in default filters name their module exactly
        return pattern == text
    return pattern.match(text) is not None


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    """Issues a warning with its place given: the filters, the registries and showwarning decide the rest."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    action = defaultaction
    for item in filters:
        act, msg_re, cat, mod_re, ln = item
        if (_matches(msg_re, text) and issubclass(category, cat) and _matches(mod_re, module)
                and (ln == 0 or lineno == ln)):
            action = act
            break
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        once_key = (text, category)
        if onceregistry.get(once_key):
            return
        onceregistry[once_key] = 1
    elif action in ("always", "all"):
        pass
    elif action == "module":
        registry[key] = 1
        alt_key = (text, category, 0)
        if registry.get(alt_key):
            return
        registry[alt_key] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError(f"Unrecognized action ({action!r}) in warnings.filters:\n {item}")
    if module_globals is not None:
        import linecache
        linecache.getlines(filename, module_globals)
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class catch_warnings:
    """Saves the filters and showwarning on entry and restores them on exit; record=True collects the
    warnings in a list (returned by __enter__) instead of showing them."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append(f"module={self._module!r}")
        return f"{type(self).__name__}({', '.join(args)})"

    def __enter__(self):
        if self._entered:
            raise RuntimeError(f"Cannot enter {self!r} twice")
        self._entered = True
        mod = self._module
        self._saved_filters = mod.filters
        mod.filters = self._saved_filters[:]
        mod._filters_mutated()
        self._saved_showwarning = mod.showwarning
        self._saved_showwarnmsg_impl = mod._showwarnmsg_impl
        if self._filter is not None:
            mod.simplefilter(*self._filter)
        if self._record:
            log = []
            mod._showwarnmsg_impl = log.append
            mod.showwarning = mod._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError(f"Cannot exit {self!r} without entering first")
        mod = self._module
        mod.filters = self._saved_filters
        mod._filters_mutated()
        mod.showwarning = self._saved_showwarning
        mod._showwarnmsg_impl = self._saved_showwarnmsg_impl


class deprecated:
    """Decorator marking a class or function deprecated: using it issues category (DeprecationWarning)."""

    def __init__(self, message, /, *, category=DeprecationWarning, stacklevel=1):
        if not isinstance(message, str):
            raise TypeError(f"Expected an object of type str for 'message', not {type(message).__name__!r}")
        self.message = message
        self.category = category
        self.stacklevel = stacklevel

    def __call__(self, arg, /):
        msg = self.message
        category = self.category
        stacklevel = self.stacklevel
        if category is None:
            arg.__deprecated__ = msg
            return arg
        if isinstance(arg, type):
            original_new = arg.__new__

            def __new__(cls, *args, **kwargs):
                if cls is arg:
                    warn(msg, category=category, stacklevel=stacklevel + 1)
                if original_new is not object.__new__:
                    return original_new(cls, *args, **kwargs)
                if cls.__init__ is object.__init__ and (args or kwargs):
                    raise TypeError(f"{cls.__name__}() takes no arguments")
                return original_new(cls)

            arg.__new__ = staticmethod(__new__)
            arg.__deprecated__ = __new__.__deprecated__ = msg
            return arg
        if callable(arg):
            import functools

            @functools.wraps(arg)
            def wrapper(*args, **kwargs):
                warn(msg, category=category, stacklevel=stacklevel + 1)
                return arg(*args, **kwargs)

            arg.__deprecated__ = wrapper.__deprecated__ = msg
            return wrapper
        raise TypeError("@deprecated decorator with non-None category must be applied to a class or callable, "
                        f"not {arg!r}")


def _setup_defaults():
    for category in (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning):
        filters.append(('ignore', None, category, None, 0))
    filters.insert(0, ('default', None, DeprecationWarning, '__main__', 0))


_setup_defaults()
_processoptions(getattr(sys, 'warnoptions', ()))
