"""In-memory streams (StringIO, BytesIO) and the io names programs reach for.

Files themselves come from the runtime's _io module (open, FileIO, the buffered classes, TextIOWrapper,
UnsupportedOperation); this module re-exports them and registers them with the abstract classes below,
so that isinstance(open(p), io.TextIOBase) holds as in CPython.
"""

import abc as _abc
import builtins as _builtins
import _io
from _io import (open, FileIO, BufferedReader, BufferedWriter, BufferedRandom, TextIOWrapper,
                 UnsupportedOperation, DEFAULT_BUFFER_SIZE)

__all__ = ['BlockingIOError', 'open', 'open_code', 'IOBase', 'RawIOBase', 'FileIO', 'BytesIO',
           'StringIO', 'BufferedIOBase', 'BufferedReader', 'BufferedWriter', 'BufferedRWPair',
           'BufferedRandom', 'TextIOBase', 'TextIOWrapper', 'UnsupportedOperation',
           'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE', 'text_encoding',
           'IncrementalNewlineDecoder']

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
BlockingIOError = _builtins.BlockingIOError


def open_code(path):
    return open(path, 'rb')


def text_encoding(encoding, stacklevel=2):
    return 'locale' if encoding is None else encoding


class IOBase(metaclass=_abc.ABCMeta):
    """Base of every stream: context management, iteration over lines, closed state."""

    _closed = False
    _messages = {'closed': 'I/O operation on closed file.'}

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _check_open(self):
        if self._closed:
            raise ValueError(self._messages['closed'])

    def flush(self):
        self._check_open()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_open()
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None


RawIOBase.register(FileIO)
for _klass in (BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(_klass)
TextIOBase.register(TextIOWrapper)
del _klass


class _Missing:
    """Classes of CPython's io that this runtime does not provide yet."""

    def __init__(self, *args, **kwargs):
        raise UnsupportedOperation(f'io.{type(self).__name__} is not available')


class BufferedRWPair(_Missing, BufferedIOBase):
    pass


class IncrementalNewlineDecoder(_Missing):
    pass


class _MemoryStream:
    """What StringIO and BytesIO share: a growable buffer (a list of items) and a position in it."""

    def _setup(self, initial, empty):
        self._items = list(initial) if initial else []
        self._pos = 0
        self._empty = empty

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_open()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence not in (0, 1, 2):
            raise ValueError(self._messages['whence'].format(whence))
        if whence == 0 and pos < 0:
            raise ValueError(self._messages['seek'].format(pos))
        if whence != 0 and pos != 0 and self._text:
            # Text streams only allow seeking to the current position or the end.
            raise OSError("Can't do nonzero cur-relative seeks")
        base = (0, self._pos, len(self._items))[whence]
        self._pos = max(0, base + pos)
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(self._messages['size'].format(size))
        del self._items[size:]
        return size

    def _write_items(self, items):
        self._check_open()
        gap = self._pos - len(self._items)
        if gap > 0:
            self._items.extend([self._empty] * gap)
        self._items[self._pos:self._pos + len(items)] = items
        self._pos += len(items)
        return len(items)

    def _read_items(self, size):
        self._check_open()
        if size is None or size < 0:
            end = len(self._items)
        else:
            end = min(len(self._items), self._pos + size)
        start = min(self._pos, len(self._items))
        chunk = self._items[start:end]
        self._pos = max(self._pos, end)
        return chunk

    def _readline_items(self, size, newline):
        self._check_open()
        end = len(self._items)
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        i = self._pos
        while i < end:
            if self._items[i] == newline:
                i += 1
                break
            i += 1
        start = min(self._pos, len(self._items))
        chunk = self._items[start:i]
        self._pos = max(self._pos, i)
        return chunk


class StringIO(_MemoryStream, TextIOBase):
    """A text stream kept in memory."""

    _text = True
    _messages = {'closed': 'I/O operation on closed file', 'seek': 'Negative seek position {}',
                 'size': 'Negative size value {}', 'whence': 'Invalid whence ({}, should be 0, 1 or 2)'}

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not {type(initial_value).__name__}')
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        self._newline = newline
        self._setup(self._translate(initial_value or ''), '\0')

    def _translate(self, s):
        if self._newline is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if self._newline in ('\r', '\r\n'):
            return s.replace('\n', self._newline)
        return s

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f'string argument expected, got {type(s).__name__!r}')
        self._write_items(self._translate(s))
        return len(s)

    def read(self, size=-1):
        return ''.join(self._read_items(size))

    def readline(self, size=-1):
        return ''.join(self._readline_items(size, '\n'))

    def getvalue(self):
        self._check_open()
        return ''.join(self._items)

    @property
    def line_buffering(self):
        return False

    def __repr__(self):
        return f'<_io.StringIO object at {hex(id(self))}>'


class BytesIO(_MemoryStream, BufferedIOBase):
    """A binary stream kept in memory."""

    _text = False
    _messages = {'closed': 'I/O operation on closed file.', 'seek': 'negative seek value {}',
                 'size': 'negative size value {}', 'whence': 'invalid whence ({}, should be 0, 1 or 2)'}

    def __init__(self, initial_bytes=b''):
        self._setup(bytes(initial_bytes or b''), 0)

    def write(self, b):
        if isinstance(b, str):
            raise TypeError(f"a bytes-like object is required, not 'str'")
        data = bytes(b)
        self._write_items(data)
        return len(data)

    def read(self, size=-1):
        return bytes(self._read_items(size))

    read1 = read

    def readline(self, size=-1):
        return bytes(self._readline_items(size, 10))

    def getvalue(self):
        self._check_open()
        return bytes(self._items)

    def getbuffer(self):
        return memoryview(self.getvalue())

    def __repr__(self):
        return f'<_io.BytesIO object at {hex(id(self))}>'
