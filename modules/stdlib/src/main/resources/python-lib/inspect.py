"""Getting information about live objects: kinds, members, signatures, source code and the call stack."""

import collections
import enum
import functools
import linecache
import os
import sys
import types

__all__ = ["ArgInfo", "Attribute", "BlockFinder", "BoundArguments", "BufferFlags", "CORO_CLOSED", "CORO_CREATED",
           "CORO_RUNNING", "CORO_SUSPENDED", "CO_ASYNC_GENERATOR", "CO_COROUTINE", "CO_GENERATOR",
           "CO_ITERABLE_COROUTINE", "CO_NESTED", "CO_NEWLOCALS", "CO_NOFREE", "CO_OPTIMIZED", "CO_VARARGS",
           "CO_VARKEYWORDS", "ClassFoundException", "ClosureVars", "EndOfBlock", "FrameInfo", "FullArgSpec",
           "GEN_CLOSED", "GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED", "Parameter", "Signature", "TPFLAGS_IS_ABSTRACT",
           "Traceback", "classify_class_attrs", "cleandoc", "currentframe", "findsource", "formatannotation",
           "formatannotationrelativeto", "formatargvalues", "get_annotations", "getabsfile", "getargs",
           "getargvalues", "getattr_static", "getblock", "getcallargs", "getclasstree", "getclosurevars",
           "getcomments", "getcoroutinelocals", "getcoroutinestate", "getdoc", "getfile", "getframeinfo",
           "getfullargspec", "getgeneratorlocals", "getgeneratorstate", "getinnerframes", "getlineno", "getmembers",
           "getmembers_static", "getmodule", "getmodulename", "getmro", "getouterframes", "getsource",
           "getsourcefile", "getsourcelines", "indentsize", "isabstract", "isasyncgen", "isasyncgenfunction",
           "isawaitable", "isbuiltin", "isclass", "iscode", "iscoroutine", "iscoroutinefunction",
           "isdatadescriptor", "isframe", "isfunction", "isgenerator", "isgeneratorfunction",
           "isgetsetdescriptor", "ismemberdescriptor", "ismethod", "ismethoddescriptor", "ismethodwrapper",
           "ismodule", "isroutine", "istraceback", "markcoroutinefunction", "signature", "stack", "trace",
           "unwrap", "walktree"]

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512
TPFLAGS_IS_ABSTRACT = 1 << 20

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'
CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


class ClassFoundException(Exception):
    pass


class EndOfBlock(Exception):
    pass


class BlockFinder:
    """Kept for compatibility; getblock does the work."""


# -- kinds of objects ------------------------------------------------------------------------------------

def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    f = functools._unwrap_partial(f) if hasattr(functools, '_unwrap_partial') else f
    while ismethod(f):
        f = f.__func__
    while isinstance(f, functools.partial):
        f = f.func
    if not (isfunction(f) or _signature_is_functionlike(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


_is_coroutine_mark = object()


def markcoroutinefunction(func):
    if hasattr(func, '__func__'):
        func = func.__func__
    func._is_coroutine_marker = _is_coroutine_mark
    return func


def iscoroutinefunction(obj):
    if _has_code_flag(obj, CO_COROUTINE):
        return True
    f = obj
    while ismethod(f):
        f = f.__func__
    return getattr(f, "_is_coroutine_marker", None) is _is_coroutine_mark


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    return (isinstance(object, types.CoroutineType)
            or (isinstance(object, types.GeneratorType) and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE))
            or hasattr(type(object), '__await__'))


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isframe(object):
    return isinstance(object, types.FrameType)


def iscode(object):
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    return isinstance(object, getattr(types, 'MethodWrapperType', ()))


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object)
            or ismethodwrapper(object))


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return (hasattr(tp, "__get__") and not hasattr(tp, "__set__") and not hasattr(tp, "__delete__")
            and not isinstance(object, property))


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    # property is checked by type too: the runtime's property type does not list __set__/__delete__
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__") or isinstance(object, property)


def ismemberdescriptor(object):
    return isinstance(object, getattr(types, 'MemberDescriptorType', ()))


def isgetsetdescriptor(object):
    return isinstance(object, getattr(types, 'GetSetDescriptorType', ()))


def isabstract(object):
    if not isinstance(object, type):
        return False
    return bool(getattr(object, '__abstractmethods__', False))


def getmro(cls):
    return cls.__mro__


def _members(object, predicate, getter):
    names = dir(object)
    if isclass(object):
        mro = getmro(object)
        try:
            for base in object.__bases__:
                for k, v in base.__dict__.items():
                    if isinstance(v, types.DynamicClassAttribute):
                        names.append(k)
        except AttributeError:
            pass
    else:
        mro = ()
    results = []
    processed = set()
    for key in names:
        try:
            value = getter(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers(object, predicate=None):
    """(name, value) of every attribute of object, sorted by name, those predicate accepts."""
    return _members(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    return _members(object, predicate, getattr_static)


_sentinel = object()


def getattr_static(obj, attr, default=_sentinel):
    """An attribute found without running descriptors, __getattr__ or __getattribute__."""
    klass = obj if isinstance(obj, type) else type(obj)
    if not isinstance(obj, type):
        try:
            instance_dict = object.__getattribute__(obj, "__dict__")
        except AttributeError:
            instance_dict = {}
        if attr in instance_dict:
            return instance_dict[attr]
    for entry in klass.__mro__:
        if attr in entry.__dict__:
            return entry.__dict__[attr]
    if isinstance(obj, type):
        for entry in type(obj).__mro__:
            if attr in entry.__dict__:
                return entry.__dict__[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


Attribute = collections.namedtuple('Attribute', 'name kind defining_class object')


def classify_class_attrs(cls):
    result = []
    for name in dir(cls):
        homecls = None
        for base in cls.__mro__:
            if name in base.__dict__:
                homecls = base
                obj = base.__dict__[name]
                break
        else:
            obj = getattr(cls, name)
        if isinstance(obj, staticmethod):
            kind = "static method"
        elif isinstance(obj, classmethod):
            kind = "class method"
        elif isinstance(obj, property):
            kind = "property"
        elif isroutine(obj):
            kind = "method"
        else:
            kind = "data"
        result.append(Attribute(name, kind, homecls, obj))
    return result


def getclasstree(classes, unique=False):
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                children.setdefault(parent, [])
                if c not in children[parent]:
                    children[parent].append(c)
                if unique and parent in classes:
                    break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return walktree(roots, children, None)


def walktree(classes, children, parent):
    results = []
    classes = sorted(classes, key=lambda c: (c.__module__, c.__name__))
    for c in classes:
        results.append((c, c.__bases__))
        if c in children:
            results.append(walktree(children[c], children, c))
    return results


# -- documentation ---------------------------------------------------------------------------------------

def indentsize(line):
    expline = line.expandtabs()
    return len(expline) - len(expline.lstrip())


def cleandoc(doc):
    """A docstring without the indentation its second and later lines share, tabs expanded, and no blank
    lines at either end."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip(' '))
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    out = [lines[0].lstrip(' ')]
    if margin is not None:
        out.extend(line[margin:] for line in lines[1:])
    else:
        out.extend(lines[1:])
    while out and not out[-1]:
        out.pop()
    while out and not out[0]:
        out.pop(0)
    return '\n'.join(out)


def _finddoc(obj):
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        cls = self if isclass(self) else type(self)
    elif isfunction(obj):
        name = obj.__name__
        cls = _owner_class(obj)
        if cls is None:
            return None
    elif isinstance(obj, property):
        fget = obj.fget
        if fget is None:
            return None
        name = fget.__name__
        cls = _owner_class(fget)
        if cls is None:
            return None
    elif isclass(obj):
        for base in obj.__mro__[1:]:
            if base is object:
                continue
            doc = base.__dict__.get('__doc__')
            if isinstance(doc, str):
                return doc
        return None
    else:
        return None
    for base in cls.__mro__[1:]:
        try:
            doc = getattr(base.__dict__.get(name), '__doc__', None)
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def _owner_class(func):
    module = sys.modules.get(getattr(func, '__module__', None))
    owner = module
    for part in func.__qualname__.split('.')[:-1]:
        if part == '<locals>':
            return None
        owner = getattr(owner, part, None)
    return owner if isclass(owner) else None


def getdoc(object):
    """The cleaned docstring of object, or of what it overrides when it has none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


# -- files and source ------------------------------------------------------------------------------------

def getfile(object):
    """The name of the file object was defined in."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError(f'{object!r} is a built-in module')
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError(f'{object!r} is a built-in class')
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError(f'module, class, method, function, traceback, frame, or code object was expected, '
                    f'got {type(object).__name__}')


def getmodulename(path):
    fname = os.path.basename(path)
    for suffix in ('.py', '.pyc'):
        if fname.endswith(suffix):
            return fname[:-len(suffix)]
    return None


def getsourcefile(object):
    filename = getfile(object)
    if not filename.endswith('.py'):
        return None
    if os.path.exists(filename) or linecache.getlines(filename):
        return filename
    module = getmodule(object, filename)
    if getattr(module, '__loader__', None) is not None:
        return filename
    return None


def getabsfile(object, _filename=None):
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


def getmodule(object, _filename=None):
    """The module object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    if _filename is None:
        try:
            _filename = getabsfile(object)
        except (TypeError, OSError):
            return None
    for module in list(sys.modules.values()):
        f = getattr(module, '__file__', None)
        if f and os.path.abspath(f) == _filename:
            return module
    main = sys.modules.get('__main__')
    if main is not None and isframe(object) is False and hasattr(main, object.__name__ if hasattr(object, '__name__') else ''):
        return main
    return None


def findsource(object):
    """All the lines of object's source file and the index of its first line."""
    file = getsourcefile(object)
    if file is None:
        file = getfile(object)
        if not (file.startswith('<') and file.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, file)
    lines = linecache.getlines(file, module.__dict__ if module else None)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        qualname = object.__qualname__.split('.')
        return lines, _find_class(lines, qualname)
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        lnum = object.co_firstlineno - 1
        if not 0 <= lnum < len(lines):
            raise OSError('lineno is out of bounds')
        return lines, lnum
    raise OSError('could not find code object')


def _find_class(lines, qualname):
    """Index of the line defining the class named by the qualname parts, following its nesting."""
    start, limit, depth = 0, len(lines), -1
    for name in qualname:
        if name == '<locals>':
            raise OSError('could not find class definition')
        for i in range(start, limit):
            stripped = lines[i].lstrip()
            indent = indentsize(lines[i])
            if indent > depth and (stripped.startswith('class ' + name + '(') or
                                   stripped.startswith('class ' + name + ':')):
                start = i
                depth = indent
                block = getblock(lines[i:])
                limit = i + len(block)
                break
        else:
            raise OSError('could not find class definition')
    return start


def getblock(lines):
    """The first block in lines: the header (with its decorators) and the more-indented lines after it."""
    if not lines:
        return []
    first = 0
    while first < len(lines) and lines[first].lstrip().startswith('@'):
        first += 1
    base = indentsize(lines[0])
    end = first + 1
    open_brackets = _bracket_balance(lines[first])
    while open_brackets > 0 and end < len(lines):
        open_brackets += _bracket_balance(lines[end])
        end += 1
    header_end = end
    if lines[header_end - 1].rstrip().endswith(':') is False and ':' in lines[header_end - 1]:
        # one-line body: "def f(): return 1"
        after = lines[header_end - 1].split(':', 1)[1].strip() if header_end == first + 1 else ''
        if after and not after.startswith('#'):
            return lines[:header_end]
    last = header_end
    for i in range(header_end, len(lines)):
        text = lines[i].strip()
        if not text:
            continue
        if indentsize(lines[i]) <= base and not text.startswith('#'):
            break
        if indentsize(lines[i]) > base:
            last = i + 1
    return lines[:last]


def _bracket_balance(line):
    balance = 0
    quote = None
    for ch in line:
        if quote:
            if ch == quote:
                quote = None
            continue
        if ch in '\'"':
            quote = ch
        elif ch == '#':
            break
        elif ch in '([{':
            balance += 1
        elif ch in ')]}':
            balance -= 1
    return balance


def getsourcelines(object):
    """The source lines of object and the line number of the first one."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """The source text of object; OSError when it cannot be found."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


def getcomments(object):
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        start = 0
        if lines and lines[0][:2] == '#!':
            start = 1
        while start < len(lines) and lines[start].strip() in ('', '#'):
            start += 1
        comments = []
        while start < len(lines) and lines[start][:1] == '#':
            comments.append(lines[start].expandtabs())
            start += 1
        return ''.join(comments) or None
    end = lnum - 1
    comments = []
    indent = indentsize(lines[lnum])
    while end >= 0 and lines[end].lstrip()[:1] == '#' and indentsize(lines[end]) == indent:
        comments.insert(0, lines[end].expandtabs().lstrip())
        end -= 1
    return ''.join(comments) or None


def getlineno(frame):
    return frame.f_lineno


# -- the stack -------------------------------------------------------------------------------------------

Traceback = collections.namedtuple('Traceback', 'filename lineno function code_context index')


class _FrameInfo(collections.namedtuple('_FrameInfo', 'frame filename lineno function code_context index')):
    pass


class FrameInfo(_FrameInfo):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, code_context={!r}, '
                'index={!r}, positions={!r})'.format(self.frame, self.filename, self.lineno, self.function,
                                                     self.code_context, self.index, self.positions))


def _context_lines(filename, lineno, context):
    if context <= 0:
        return None, None
    start = lineno - 1 - context // 2
    try:
        lines, _ = findsource_file(filename)
    except OSError:
        return None, None
    start = max(0, min(start, len(lines) - context))
    return lines[start:start + context], lineno - 1 - start


def findsource_file(filename):
    lines = linecache.getlines(filename)
    if not lines:
        raise OSError('could not get source code')
    return lines, 0


def getframeinfo(frame, context=1):
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError(f'{frame!r} is not a frame or traceback object')
    filename = frame.f_code.co_filename
    code_context, index = _context_lines(filename, lineno, context)
    return Traceback(filename, lineno, frame.f_code.co_name, code_context, index)


def getouterframes(frame, context=1):
    out = []
    while frame is not None:
        info = getframeinfo(frame, context)
        out.append(FrameInfo(frame, *info))
        frame = frame.f_back
    return out


def getinnerframes(tb, context=1):
    out = []
    while tb is not None:
        info = getframeinfo(tb, context)
        out.append(FrameInfo(tb.tb_frame, *info))
        tb = tb.tb_next
    return out


def currentframe():
    """The caller's frame."""
    return sys._getframe(1)


def stack(context=1):
    """FrameInfo for the caller and each frame above it."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    exc = sys.exception()
    return getinnerframes(exc.__traceback__ if exc is not None else None, context)


def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if getattr(generator, 'gi_suspended', False):
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return CORO_RUNNING
    if getattr(coroutine, 'cr_suspended', False):
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getgeneratorlocals(generator):
    frame = getattr(generator, "gi_frame", None)
    return frame.f_locals if frame is not None else {}


def getcoroutinelocals(coroutine):
    frame = getattr(coroutine, "cr_frame", None)
    return frame.f_locals if frame is not None else {}


# -- unwrapping, annotations -----------------------------------------------------------------------------

def unwrap(func, *, stop=None):
    """The innermost function of a chain of __wrapped__ attributes (stopping where stop(f) is true)."""
    f = func
    seen = {id(f)}
    while not isinstance(func, type) and hasattr(f, '__wrapped__'):
        if stop is not None and stop(f):
            break
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError(f'wrapper loop when unwrapping {func!r}')
        seen.add(id(f))
    return f


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__', None)
        module = sys.modules.get(obj.__module__)
        obj_globals = getattr(module, '__dict__', None)
        obj_locals = dict(vars(obj))
        unwrapped = obj
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = obj.__dict__
        obj_locals = None
        unwrapped = None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        unwrapped = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)
    if unwrapped is not None:
        unwrapped = unwrap(unwrapped)
        if hasattr(unwrapped, '__globals__'):
            obj_globals = unwrapped.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in ann.items()}


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def formatannotationrelativeto(object):
    module = getattr(object, '__module__', None)

    def _formatannotation(annotation):
        return formatannotation(annotation, module)
    return _formatannotation


# -- signatures ------------------------------------------------------------------------------------------

class _empty:
    """Marker for "no value": no default, no annotation."""


class _void:
    """Marker for "argument not given" in replace()."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_KIND_DESCRIPTIONS = {
    _POSITIONAL_ONLY: 'positional-only',
    _POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _VAR_POSITIONAL: 'variadic positional',
    _KEYWORD_ONLY: 'keyword-only',
    _VAR_KEYWORD: 'variadic keyword',
}


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation (immutable)."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{self._kind.description} parameters cannot have default values')
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if name[0] == '.' and name[1:].isdigit():
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError(f'implicit arguments must be passed as positional or keyword arguments, '
                                 f'not {self._kind.description}')
            self._kind = _POSITIONAL_ONLY
            name = f'implicit{name[1:]}'
        import keyword
        if not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name = name

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name, self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        kind = self.kind
        text = self._name
        if self._annotation is not _empty:
            text = f'{text}: {formatannotation(self._annotation)}'
        if self._default is not _empty:
            sep = ' = ' if self._annotation is not _empty else '='
            text = f'{text}{sep}{self._default!r}'
        if kind == _VAR_POSITIONAL:
            text = '*' + text
        elif kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and self._default == other._default
                and self._annotation == other._annotation)

    def __reduce__(self):
        return (type(self), (self._name, self._kind), {'_default': self._default,
                                                         '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']


class BoundArguments:
    """The result of Signature.bind: parameter names to argument values."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    break
                break
            value = self.arguments[name]
            if param.kind == _VAR_POSITIONAL:
                args.extend(value)
            else:
                args.append(value)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started or name not in self.arguments:
                continue
            value = self.arguments[name]
            if param.kind == _VAR_KEYWORD:
                kwargs.update(value)
            elif param.kind == _VAR_POSITIONAL:
                continue
            else:
                kwargs[name] = value
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new = []
        for name, param in self._signature.parameters.items():
            if name in arguments:
                new.append((name, arguments[name]))
            elif param.default is not _empty:
                new.append((name, param.default))
            elif param.kind == _VAR_POSITIONAL:
                new.append((name, ()))
            elif param.kind == _VAR_KEYWORD:
                new.append((name, {}))
        self.arguments = dict(new)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ', '.join(f'{name}={value!r}' for name, value in self.arguments.items())
        return f'<{type(self).__name__} ({args})>'


class Signature:
    """The parameters of a callable and its return annotation; str() gives '(a, b=1, *, c) -> int'."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = {}
        if parameters is not None:
            if __validate_parameters__:
                top_kind = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind = param.kind
                    name = param.name
                    if kind < top_kind:
                        raise ValueError(f'wrong parameter order: {top_kind.description} parameter before '
                                         f'{kind.description} parameter')
                    if kind > top_kind:
                        top_kind = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument follows default argument')
                        else:
                            seen_default = True
                    if name in params:
                        raise ValueError(f'duplicate parameter name: {name!r}')
                    params[name] = param
            else:
                params = {param.name: param for param in parameters}
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return _signature_from_callable(obj, follow_wrapped, eval_str, globals, locals, cls)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(p for p in self.parameters.values() if p.kind != _KEYWORD_ONLY)
        kwo = frozenset(p for p in self.parameters.values() if p.kind == _KEYWORD_ONLY)
        return params, kwo, self.return_annotation

    def __hash__(self):
        params, kwo, ret = self._hash_basis()
        return hash((params, kwo, ret))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        params = list(self.parameters.values())
        kwargs = dict(kwargs)
        arguments = {}
        pi = self._bind_positional(params, args, kwargs, arguments, partial)
        kwargs_param = None
        for param in params[pi:]:
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
            elif param.kind in (_VAR_POSITIONAL, _POSITIONAL_ONLY):
                continue
            elif param.name in kwargs:
                arguments[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError(f'missing a required argument: {param.name!r}') from None
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                pos_only = [p.name for p in params if p.kind == _POSITIONAL_ONLY and p.name in kwargs]
                if pos_only:
                    raise TypeError('got some positional-only arguments passed as keyword arguments: '
                                    f"'{', '.join(pos_only)}'")
                raise TypeError(f'got an unexpected keyword argument {next(iter(kwargs))!r}')
        return self._bound_arguments_cls(self, arguments)

    @staticmethod
    def _bind_positional(params, args, kwargs, arguments, partial):
        """Binds args to the leading parameters; returns the index of the first parameter left for keywords."""
        ai = 0
        for pi, param in enumerate(params):
            if ai < len(args):
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    raise TypeError('too many positional arguments') from None
                if param.kind == _VAR_POSITIONAL:
                    arguments[param.name] = tuple(args[ai:])
                    return pi + 1
                if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                    raise TypeError(f'multiple values for argument {param.name!r}') from None
                arguments[param.name] = args[ai]
                ai += 1
                continue
            if (param.kind in (_VAR_POSITIONAL, _VAR_KEYWORD) or param.name in kwargs
                    or param.default is not _empty or partial):
                return pi
            raise TypeError(f'missing a required argument: {param.name!r}') from None
        if ai < len(args):
            raise TypeError('too many positional arguments') from None
        return len(params)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),), {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __str__(self):
        return self.format()

    def format(self, *, max_width=None):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if max_width is not None and len(rendered) > max_width:
            rendered = '(\n    {}\n)'.format(',\n    '.join(result))
        if self.return_annotation is not _empty:
            rendered += f' -> {formatannotation(self.return_annotation)}'
        return rendered


def _signature_is_functionlike(obj):
    if not callable(obj) or isclass(obj):
        return False
    code = getattr(obj, '__code__', None)
    return isinstance(code, types.CodeType) and isinstance(getattr(obj, '__name__', None), str)


def _signature_from_function(cls, func, skip_bound_arg=True, globals=None, locals=None, eval_str=False):
    code = func.__code__
    pos_count = code.co_argcount
    arg_names = code.co_varnames
    posonly_count = code.co_posonlyargcount
    keyword_only_count = code.co_kwonlyargcount
    positional = arg_names[:pos_count]
    keyword_only = arg_names[pos_count:pos_count + keyword_only_count]
    annotations = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    non_default_count = pos_count - len(defaults)
    parameters = []
    for i, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if i < posonly_count else _POSITIONAL_OR_KEYWORD
        default = defaults[i - non_default_count] if i >= non_default_count else _empty
        parameters.append(Parameter(name, kind, annotation=annotations.get(name, _empty), default=default))
    index = pos_count + keyword_only_count
    if code.co_flags & CO_VARARGS:
        name = arg_names[index]
        parameters.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        index += 1
    for name in keyword_only:
        parameters.append(Parameter(name, _KEYWORD_ONLY, annotation=annotations.get(name, _empty),
                                    default=kwdefaults.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = arg_names[index]
        parameters.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return cls(parameters, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)


def _drop_first(sig):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _signature_from_partial(sig, partial):
    params = list(sig.parameters.values())
    bound = sig.bind_partial(*partial.args, **partial.keywords).arguments
    new = []
    consumed = len(partial.args)
    for i, param in enumerate(params):
        if param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD) and i < consumed:
            continue
        if param.name in partial.keywords and param.kind in (_POSITIONAL_OR_KEYWORD, _KEYWORD_ONLY):
            new.append(param.replace(default=bound[param.name], kind=_KEYWORD_ONLY))
            continue
        if param.kind == _POSITIONAL_OR_KEYWORD and any(p.kind == _KEYWORD_ONLY for p in new):
            new.append(param.replace(kind=_KEYWORD_ONLY))
            continue
        if param.kind == _VAR_POSITIONAL and any(p.kind == _KEYWORD_ONLY for p in new):
            continue
        new.append(param)
    # keyword-only parameters made from positional ones must follow the remaining positional ones
    order = sorted(new, key=lambda p: p.kind)
    return sig.replace(parameters=order)


def _signature_from_callable(obj, follow_wrapped=True, eval_str=False, globals=None, locals=None,
                             sigcls=Signature, skip_bound_arg=True):
    def again(o):
        return _signature_from_callable(o, follow_wrapped, eval_str, globals, locals, sigcls, skip_bound_arg)

    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')
    if isinstance(obj, types.MethodType):
        sig = again(obj.__func__)
        return _drop_first(sig) if skip_bound_arg else sig
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__") or isinstance(f, types.MethodType))
        if isinstance(obj, types.MethodType):
            return again(obj)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError(f'unexpected object {sig!r} in __signature__ attribute')
            return sig
    if isfunction(obj) or _signature_is_functionlike(obj):
        return _signature_from_function(sigcls, obj, skip_bound_arg, globals, locals, eval_str)
    if isinstance(obj, functools.partial):
        return _signature_from_partial(again(obj.func), obj)
    if isbuiltin(obj) or ismethoddescriptor(obj):
        raise ValueError(f'no signature found for builtin {obj!r}')
    if isinstance(obj, type):
        return _signature_of_class(obj, again)
    call = getattr(type(obj), '__call__', None)
    if call is not None and (isfunction(call) or _signature_is_functionlike(call)):
        return _drop_first(again(call))
    raise ValueError(f'callable {obj!r} is not supported by signature')


def _own_attribute(cls, name):
    for base in cls.__mro__:
        if name in base.__dict__:
            return base, base.__dict__[name]
    return None, None


def _signature_of_class(cls, again):
    meta_owner, meta_call = _own_attribute(type(cls), '__call__')
    if meta_owner is not None and meta_owner is not type and isfunction(meta_call):
        return _drop_first(again(meta_call))
    new_owner, new = _own_attribute(cls, '__new__')
    init_owner, init = _own_attribute(cls, '__init__')
    new_user = new_owner is not None and new_owner is not object and isinstance(new, (staticmethod,))
    if isinstance(new, staticmethod):
        new = new.__func__
    init_user = init_owner is not None and init_owner is not object and isfunction(init)
    candidates = []
    if new_user and isfunction(new):
        candidates.append((cls.__mro__.index(new_owner), new))
    if init_user:
        candidates.append((cls.__mro__.index(init_owner), init))
    if candidates:
        candidates.sort(key=lambda c: c[0])
        return _drop_first(again(candidates[0][1]))
    if cls.__init__ is object.__init__ and cls.__new__ is object.__new__:
        return Signature()
    raise ValueError(f'no signature found for builtin type {cls!r}')


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals, locals=locals,
                                   eval_str=eval_str)


FullArgSpec = collections.namedtuple('FullArgSpec',
                                     'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')
ArgInfo = collections.namedtuple('ArgInfo', 'args varargs keywords locals')
ClosureVars = collections.namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getfullargspec(func):
    try:
        sig = _signature_from_callable(func, follow_wrapped=False, skip_bound_arg=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args, kwonlyargs = [], []
    varargs = varkw = None
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind == _VAR_POSITIONAL:
            varargs = name
        elif kind == _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind == _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwdefaults or None, annotations)


def getargs(co):
    if not iscode(co):
        raise TypeError(f'{co!r} is not a code object')
    names = co.co_varnames
    nargs = co.co_argcount
    nkwargs = co.co_kwonlyargcount
    args = list(names[:nargs + nkwargs])
    step = nargs + nkwargs
    varargs = None
    if co.co_flags & CO_VARARGS:
        varargs = names[step]
        step += 1
    varkw = None
    if co.co_flags & CO_VARKEYWORDS:
        varkw = names[step]
    return collections.namedtuple('Arguments', 'args, varargs, varkw')(args, varargs, varkw)


def getargvalues(frame):
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals, formatarg=str, formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name, formatvalue=lambda value: '=' + repr(value)):
    specs = [formatarg(a) + formatvalue(locals[a]) for a in args]
    if varargs:
        specs.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        specs.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(specs) + ')'


def getcallargs(func, /, *positional, **named):
    sig = signature(func)
    bound = sig.bind(*positional, **named)
    arguments = dict(bound.arguments)
    for name, param in sig.parameters.items():
        if name not in arguments:
            if param.kind == _VAR_POSITIONAL:
                arguments[name] = ()
            elif param.kind == _VAR_KEYWORD:
                arguments[name] = {}
            else:
                arguments[name] = param.default
    bound.arguments = arguments
    if ismethod(func) and func.__self__ is not None:
        first = next(iter(signature(func.__func__).parameters))
        return {first: func.__self__, **bound.arguments}
    return dict(bound.arguments)


def getclosurevars(func):
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError(f"{func!r} is not a Python function")
    code = func.__code__
    if func.__closure__ is None:
        nonlocal_vars = {}
    else:
        nonlocal_vars = {var: cell.cell_contents for var, cell in zip(code.co_freevars, func.__closure__)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get("__builtins__", __builtins__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars, builtin_vars, unbound = {}, {}, set()
    for name in code.co_names:
        if name in ("None", "True", "False"):
            continue
        if name in global_ns:
            global_vars[name] = global_ns[name]
        elif name in builtin_ns:
            builtin_vars[name] = builtin_ns[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound)


class BufferFlags(getattr(enum, 'IntFlag', enum.IntEnum)):
    SIMPLE = 0x0
    WRITABLE = 0x1
    FORMAT = 0x4
    ND = 0x8
    STRIDES = 0x10 | ND
    C_CONTIGUOUS = 0x20 | STRIDES
    F_CONTIGUOUS = 0x40 | STRIDES
    ANY_CONTIGUOUS = 0x80 | STRIDES
    INDIRECT = 0x100 | STRIDES
    CONTIG = ND | WRITABLE
    CONTIG_RO = ND
    STRIDED = STRIDES | WRITABLE
    STRIDED_RO = STRIDES
    RECORDS = STRIDES | WRITABLE | FORMAT
    RECORDS_RO = STRIDES | FORMAT
    FULL = INDIRECT | WRITABLE | FORMAT
    FULL_RO = INDIRECT | FORMAT
    READ = 0x100
    WRITE = 0x200
