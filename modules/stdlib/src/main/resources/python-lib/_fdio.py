"""File objects over os-level file descriptors (os.fdopen, tempfile): unbuffered, UTF-8 text or bytes."""

import os

_CHUNK = 65536


def _binary_mode(mode):
    """The mode a binary file reports, as io's raw files normalise it ('w+b' is 'rb+')."""
    if '+' in mode:
        return 'ab+' if 'a' in mode else 'xb+' if 'x' in mode else 'rb+'
    return 'wb' if 'w' in mode else 'ab' if 'a' in mode else 'xb' if 'x' in mode else 'rb'


class FdFile:
    """A file object reading and writing straight through os.read/os.write on one descriptor."""

    def __init__(self, fd, mode='r', encoding=None, errors=None, name=None, closefd=True):
        if not isinstance(mode, str) or not set(mode) <= set('rwaxbt+'):
            raise ValueError(f"invalid mode: {mode!r}")
        self._fd = fd
        self.mode = mode if 'b' not in mode else _binary_mode(mode)
        self._binary = 'b' in mode
        self._readable = 'r' in mode or '+' in mode
        self._writable = any(c in mode for c in 'wax+')
        if self._binary and encoding is not None:
            raise ValueError("binary mode doesn't take an encoding argument")
        self.encoding = None if self._binary else (encoding or 'utf-8')
        self.errors = None if self._binary else (errors or 'strict')
        self.name = fd if name is None else name
        self._closefd = closefd
        self.closed = False
        if 'a' in mode:
            os.lseek(fd, 0, os.SEEK_END)

    def __repr__(self):
        kind = '_io.BufferedRandom' if self._binary else '_io.TextIOWrapper'
        return f"<{kind} name={self.name!r} mode={self.mode!r}>"

    def _check(self, readable=False, writable=False):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        import io
        if readable and not self._readable:
            raise io.UnsupportedOperation("not readable")
        if writable and not self._writable:
            raise io.UnsupportedOperation("not writable")

    def _decode(self, data):
        return data if self._binary else data.decode(self.encoding, self.errors)

    def fileno(self):
        self._check()
        return self._fd

    def readable(self):
        self._check()
        return self._readable

    def writable(self):
        self._check()
        return self._writable

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def _read_all(self):
        chunks = []
        while True:
            data = os.read(self._fd, _CHUNK)
            if not data:
                return b''.join(chunks)
            chunks.append(data)

    def read(self, size=-1):
        self._check(readable=True)
        if size is None or size < 0:
            return self._decode(self._read_all())
        if self._binary:
            return os.read(self._fd, size)
        out = []
        while len(''.join(out)) < size:
            piece = self._read_char()
            if not piece:
                break
            out.append(piece)
        return ''.join(out)

    def _read_char(self):
        """One UTF-8 character (text mode reads whole characters)."""
        first = os.read(self._fd, 1)
        if not first:
            return ''
        extra = 0
        b = first[0]
        if b >= 0xF0:
            extra = 3
        elif b >= 0xE0:
            extra = 2
        elif b >= 0xC0:
            extra = 1
        data = first + (os.read(self._fd, extra) if extra else b'')
        return data.decode(self.encoding, self.errors)

    def readline(self, size=-1):
        self._check(readable=True)
        nl = b'\n'
        out = bytearray()
        while size is None or size < 0 or len(out) < size:
            ch = os.read(self._fd, 1)
            if not ch:
                break
            out += ch
            if ch == nl:
                break
        return self._decode(bytes(out))

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        self._check(writable=True)
        if self._binary:
            if isinstance(data, str):
                raise TypeError("a bytes-like object is required, not 'str'")
            payload = bytes(data)
        else:
            if not isinstance(data, str):
                raise TypeError(f"write() argument must be str, not {type(data).__name__}")
            payload = data.encode(self.encoding, self.errors)
        if 'a' in self.mode:
            os.lseek(self._fd, 0, os.SEEK_END)
        os.write(self._fd, payload)
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def seek(self, offset, whence=0):
        self._check()
        return os.lseek(self._fd, offset, whence)

    def tell(self):
        self._check()
        return os.lseek(self._fd, 0, os.SEEK_CUR)

    def truncate(self, size=None):
        self._check(writable=True)
        if size is None:
            size = self.tell()
        os.ftruncate(self._fd, size)
        return size

    def flush(self):
        self._check()

    def close(self):
        if not self.closed:
            self.closed = True
            if self._closefd:
                os.close(self._fd)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()
