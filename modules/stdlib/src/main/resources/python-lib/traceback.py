"""Extracting, formatting and printing stack traces and exceptions, in CPython 3.13's format."""

import collections.abc
import itertools
import linecache
import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only', 'format_list',
           'format_stack', 'format_tb', 'print_exc', 'format_exc', 'print_exception', 'print_last',
           'print_stack', 'print_tb', 'clear_frames', 'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb', 'print_list']

_RECURSIVE_CUTOFF = 3  # identical frames shown before "[Previous line repeated N more times]"
_sentinel = object()

try:
    from _traceback import caret_line as _caret_line
except ImportError:  # another interpreter: no markers
    def _caret_line(line, colno, end_colno):
        return None


# -- printing and formatting lists of frames -------------------------------------------------------------

def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    return StackSummary._extract_from_extended_frame_gen(_walk_tb_with_full_positions(tb), limit=limit)


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Clears the locals of the frames in tb (a no-op here: frames keep no extra references)."""
    while tb is not None:
        tb = tb.tb_next


# -- exceptions ------------------------------------------------------------------------------------------

def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return None, None
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel, *, show_group=False):
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only(show_group=show_group))


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        return f"{etype}\n"
    return f"{etype}: {valuestr}\n"


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return f'<{what} {func.__name__}() failed>'


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_exc") and not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    if hasattr(sys, "last_exc"):
        print_exception(sys.last_exc, limit=limit, file=file, chain=chain)
    else:
        print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit=limit, file=file, chain=chain)


# -- frames ----------------------------------------------------------------------------------------------

class FrameSummary:
    """One frame of a stack summary: file, line, function name, source line and columns."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_lines', '_lines_dedented',
                 'locals', '_code')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None, end_lineno=None,
                 colno=None, end_colno=None, **kwargs):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._code = kwargs.get("_code")
        self._lines = line
        self._lines_dedented = None
        if lookup_line:
            self.line
        self.locals = {k: _safe_string(v, 'local', func=repr) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"

    def __len__(self):
        return 4

    @property
    def _original_lines(self):
        self._set_lines()
        return self._lines

    @property
    def _dedented_lines(self):
        self._set_lines()
        return self._lines_dedented

    def _set_lines(self):
        if not self._lines and self.lineno is not None and self.end_lineno is not None:
            lines = []
            for lineno in range(self.lineno, self.end_lineno + 1):
                lines.append(linecache.getline(self.filename, lineno).rstrip())
            self._lines = "\n".join(lines) + "\n"
        if self._lines is not None and self._lines_dedented is None:
            self._lines_dedented = self._lines.strip()

    @property
    def line(self):
        if self._lines is None:
            if self.lineno is None:
                return None
            self._lines = linecache.getline(self.filename, self.lineno)
        return self._lines.partition("\n")[0].strip()


def walk_stack(f):
    """(frame, line number) for f and each frame that called it."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """(frame, line number) for each entry of traceback tb, oldest first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _positions(code, lasti):
    if lasti < 0:
        return None, None, None, None
    try:
        return next(itertools.islice(code.co_positions(), lasti // 2, None))
    except (StopIteration, AttributeError):
        return None, None, None, None


def _walk_tb_with_full_positions(tb):
    while tb is not None:
        frame = tb.tb_frame
        if frame is not None:
            positions = _positions(frame.f_code, tb.tb_lasti)
            if positions[0] is None:
                yield frame, (tb.tb_lineno,) + positions[1:]
            else:
                yield frame, positions
        tb = tb.tb_next


def _walk_stack_with_positions(frame_gen):
    for f, lineno in frame_gen:
        yield f, (lineno, None, None, None)


class StackSummary(list):
    """A list of FrameSummary objects, ready to format."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        def extended():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)
        return klass._extract_from_extended_frame_gen(extended(), limit=limit, lookup_lines=lookup_lines,
                                                      capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None, lookup_lines=True,
                                         capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None:
            if limit >= 0:
                frame_gen = itertools.islice(frame_gen, limit)
            else:
                frame_gen = collections.deque(frame_gen, maxlen=-limit)
        result = klass()
        fnames = set()
        for f, (lineno, end_lineno, colno, end_colno) in frame_gen:
            co = f.f_code
            filename = co.co_filename
            fnames.add(filename)
            linecache.lazycache(filename, f.f_globals)
            f_locals = f.f_locals if capture_locals else None
            result.append(FrameSummary(filename, lineno, co.co_name, lookup_line=False, locals=f_locals,
                                       end_lineno=end_lineno, colno=colno, end_colno=end_colno, _code=co))
        for filename in fnames:
            linecache.checkcache(filename)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one frame: the File line, the source line and, where CPython puts them, markers."""
        row = [f'  File "{frame_summary.filename}", line {frame_summary.lineno}, in {frame_summary.name}\n']
        if frame_summary._dedented_lines and frame_summary._dedented_lines.strip():
            raw = frame_summary._original_lines
            first = raw.partition("\n")[0]
            row.append(f'    {first.strip()}\n')
            if (frame_summary.colno is not None and frame_summary.end_colno is not None
                    and frame_summary.end_lineno == frame_summary.lineno):
                carets = _caret_line(first, frame_summary.colno, frame_summary.end_colno)
                if carets is not None:
                    row.append(carets + '\n')
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append(f'    {name} = {value}\n')
        return ''.join(row)

    def format(self):
        result = []
        last = None
        count = 0
        for frame_summary in self:
            key = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if last is None or key != last:
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated(count - _RECURSIVE_CUTOFF))
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            formatted = self.format_frame_summary(frame_summary)
            if formatted is None:
                continue
            result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated(count - _RECURSIVE_CUTOFF))
        return result


def _repeated(n):
    return f'  [Previous line repeated {n} more time{"s" if n > 1 else ""}]\n'


# -- TracebackException ----------------------------------------------------------------------------------

class _ExceptionPrintContext:
    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.exception_group_depth)

    def emit(self, texts, margin_char=None):
        """Each text as is at the top level; inside a group, every line behind the indent and margin."""
        if isinstance(texts, str):
            texts = (texts,)
        if not self.exception_group_depth:
            yield from texts
            return
        prefix = self.indent() + (margin_char or '|') + ' '
        for text in texts:
            yield ''.join(prefix + line for line in text.splitlines(keepends=True))


class TracebackException:
    """An exception captured for later formatting: its type's name, str(), stack summary, notes, and the
    exceptions chained to it (cause or context) and grouped in it."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10, _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self._exc_type = exc_type if exc_value is not None else None
        self._exc_metadata = None
        if exc_type is not None:
            self.exc_type_qualname = exc_type.__qualname__
            self.exc_type_module = exc_type.__module__
        else:
            self.exc_type_qualname = None
            self.exc_type_module = None
        self._str = _safe_string(exc_value, 'exception')
        try:
            self.__notes__ = getattr(exc_value, '__notes__', None)
        except Exception as e:
            self.__notes__ = [f'Ignored error getting __notes__: {_safe_string(e, "__notes__", repr)}']
        self._is_syntax_error = False
        self._have_exc_type = exc_type is not None
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
            self._is_syntax_error = True
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None
        if not is_recursive_call:
            self._chain(exc_value, _seen, limit, lookup_lines, capture_locals, max_group_width, max_group_depth)

    def _chain(self, exc_value, _seen, limit, lookup_lines, capture_locals, max_group_width, max_group_depth):
        # iterative, as CPython: long chains must not overflow the stack
        queue = [(self, exc_value)]
        kw = dict(limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                  max_group_width=max_group_width, max_group_depth=max_group_depth, _seen=_seen)
        while queue:
            te, e = queue.pop()
            if e is not None and e.__cause__ is not None and id(e.__cause__) not in _seen:
                cause = TracebackException(type(e.__cause__), e.__cause__, e.__cause__.__traceback__, **kw)
            else:
                cause = None
            if e is not None and e.__context__ is not None and id(e.__context__) not in _seen:
                context = TracebackException(type(e.__context__), e.__context__,
                                             e.__context__.__traceback__, **kw)
            else:
                context = None
            if e is not None and isinstance(e, BaseExceptionGroup):
                exceptions = []
                for exc in e.exceptions:
                    texc = TracebackException(type(exc), exc, exc.__traceback__, **kw)
                    exceptions.append(texc)
            else:
                exceptions = None
            te.__cause__ = cause
            te.__context__ = context
            te.exceptions = exceptions
            if cause:
                queue.append((te.__cause__, e.__cause__))
            if context:
                queue.append((te.__context__, e.__context__))
            if exceptions:
                queue.extend(zip(te.exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type(self):
        import warnings
        warnings.warn('Deprecated in 3.13. Use exc_type_str instead.', DeprecationWarning, stacklevel=2)
        return self._exc_type

    @property
    def exc_type_str(self):
        if not self._have_exc_type:
            return None
        stype = self.exc_type_qualname
        smod = self.exc_type_module
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype
        return stype

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self, *, show_group=False, _depth=0):
        indent = 3 * _depth * ' '
        if not self._have_exc_type:
            yield indent + _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type_str
        if not self._is_syntax_error:
            if _depth > 0:
                formatted = _format_final_exc_line(stype, self._str).split('\n')
                yield from [indent + line + '\n' for line in formatted[:-1]]
            else:
                yield _format_final_exc_line(stype, self._str)
        else:
            yield from [indent + line for line in self._format_syntax_error(stype)]
        if isinstance(self.__notes__, collections.abc.Sequence) and not isinstance(self.__notes__,
                                                                                    (str, bytes)):
            for note in self.__notes__:
                note = _safe_string(note, 'note')
                yield from [indent + line + '\n' for line in note.split('\n')]
        elif self.__notes__ is not None:
            yield indent + "{}\n".format(_safe_string(self.__notes__, '__notes__', func=repr))
        if self.exceptions and show_group:
            for ex in self.exceptions:
                yield from ex.format_exception_only(show_group=show_group, _depth=_depth + 1)

    def _format_syntax_error(self, stype):
        filename_suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = ' ({})'.format(self.filename)
        text = self.text
        if isinstance(text, str):
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                offset = self.offset
                if self.lineno == self.end_lineno or self.end_lineno is None:
                    end_offset = self.end_offset if self.end_offset not in (None, 0) else offset
                else:
                    end_offset = len(rtext) + 1
                if self.text and offset > len(self.text):
                    offset = len(rtext) + 1
                if end_offset > len(rtext) + 1:
                    end_offset = len(rtext) + 1
                if offset >= end_offset or end_offset < 0:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    caretspace = ''.join(c if c.isspace() else ' ' for c in ltext[:colno])
                    yield '    {}{}\n'.format(caretspace, '^' * max(1, end_colno - colno))
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        if _ctx is None:
            _ctx = _ExceptionPrintContext()
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg = "\nThe above exception was the direct cause of the following exception:\n\n"
                    chained_exc = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg = "\nDuring handling of the above exception, another exception occurred:\n\n"
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))
        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.exception_group_depth > self.max_group_depth:
                yield from _ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from exc._format_group(_ctx, chain)

    def _format_group(self, _ctx, chain):
        is_toplevel = _ctx.exception_group_depth == 0
        if is_toplevel:
            _ctx.exception_group_depth += 1
        if self.stack:
            yield from _ctx.emit('Exception Group Traceback (most recent call last):\n',
                                 margin_char='+' if is_toplevel else None)
            yield from _ctx.emit(self.stack.format())
        yield from _ctx.emit(self.format_exception_only())
        num_excs = len(self.exceptions)
        if num_excs <= self.max_group_width:
            n = num_excs
        else:
            n = self.max_group_width + 1
        _ctx.need_close = False
        for i in range(n):
            last_exc = i == n - 1
            if last_exc:
                _ctx.need_close = True
            truncated = i >= self.max_group_width
            title = f'{i + 1}' if not truncated else '...'
            yield (_ctx.indent() + ('+-' if i == 0 else '  ') + f'+---------------- {title} ----------------\n')
            _ctx.exception_group_depth += 1
            if not truncated:
                yield from self.exceptions[i].format(chain=chain, _ctx=_ctx)
            else:
                remaining = num_excs - self.max_group_width
                plural = 's' if remaining > 1 else ''
                yield from _ctx.emit(f"and {remaining} more exception{plural}\n")
            if last_exc and _ctx.need_close:
                yield _ctx.indent() + "+------------------------------------\n"
                _ctx.need_close = False
            _ctx.exception_group_depth -= 1
        if is_toplevel:
            assert _ctx.exception_group_depth == 1
            _ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
