"""Temporary files and directories with unpredictable names, created safely (O_EXCL) and cleaned up."""

import errno as _errno
import io as _io
import os as _os
import shutil as _shutil
import types as _types

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory", "mkstemp",
           "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir", "gettempprefixb",
           "gettempdirb"]

TMP_MAX = getattr(_os, 'TMP_MAX', 10000)
template = "tmp"
tempdir = None

_BIN_FLAGS = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | getattr(_os, 'O_NOFOLLOW', 0)
_TEXT_FLAGS = _BIN_FLAGS


class _RandomNameSequence:
    """Endless eight-character names drawn from lowercase letters, digits and '_'."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    @property
    def rng(self):
        pid = _os.getpid()
        if getattr(self, '_rng_pid', None) != pid:
            import random
            self._rng = random.Random()
            self._rng_pid = pid
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        return ''.join(self.rng.choices(self.characters, k=8))


_name_sequence = None


def _get_candidate_names():
    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNameSequence()
    return _name_sequence


def _candidate_tempdir_list():
    dirs = []
    for envname in ('TMPDIR', 'TEMP', 'TMP'):
        dirname = _os.getenv(envname)
        if dirname:
            dirs.append(dirname)
    dirs.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirs.append(_os.getcwd())
    except OSError:
        dirs.append(_os.curdir)
    return dirs


def _get_default_tempdir():
    for dir in _candidate_tempdir_list():
        if dir != _os.curdir:
            dir = _os.path.abspath(dir)
        if _os.path.isdir(dir) and _os.access(dir, _os.W_OK | _os.X_OK):
            return dir
    raise FileNotFoundError(_errno.ENOENT, f"No usable temporary directory found in {_candidate_tempdir_list()}")


def gettempdir():
    """The folder temporary files go into by default."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return _os.fsdecode(tempdir)


def gettempdirb():
    return _os.fsencode(gettempdir())


def gettempprefix():
    return _os.fsdecode(template)


def gettempprefixb():
    return _os.fsencode(template)


def _sanitize_params(prefix, suffix, dir):
    kinds = {type(x) for x in (prefix, suffix, dir) if x is not None and not isinstance(x, _os.PathLike)}
    if len(kinds) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    output_bytes = kinds == {bytes}
    if suffix is None:
        suffix = b'' if output_bytes else ''
    if prefix is None:
        prefix = gettempprefixb() if output_bytes else gettempprefix()
    if dir is None:
        dir = gettempdirb() if output_bytes else gettempdir()
    return prefix, suffix, dir, output_bytes


def _candidates(dir, prefix, suffix, output_bytes):
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        name = next(names)
        if output_bytes:
            name = _os.fsencode(name)
        yield _os.path.join(dir, prefix + name + suffix)
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


def _mkstemp_inner(dir, pre, suf, flags, output_bytes):
    dir = _os.path.abspath(dir)
    for file in _candidates(dir, pre, suf, output_bytes):
        try:
            fd = _os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        except PermissionError:
            if _os.path.isdir(dir) and _os.access(dir, _os.W_OK):
                continue
            raise
        return fd, file


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a new file readable and writable only by its owner; returns (fd, absolute path)."""
    prefix, suffix, dir, output_bytes = _sanitize_params(prefix, suffix, dir)
    return _mkstemp_inner(dir, prefix, suffix, _TEXT_FLAGS if text else _BIN_FLAGS, output_bytes)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new directory only its owner can use; returns its absolute path."""
    prefix, suffix, dir, output_bytes = _sanitize_params(prefix, suffix, dir)
    for file in _candidates(dir, prefix, suffix, output_bytes):
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(file)


def mktemp(suffix="", prefix=template, dir=None):
    """A name that did not exist when asked (unsafe: another process may take it first)."""
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + next(names) + suffix)
        if not _os.path.lexists(file):
            return file
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


def _open_fd(fd, mode, encoding, errors, name, buffering=-1, newline=None):
    """The builtin open() of the descriptor, its FileIO named as CPython names it (the path, or the fd)."""
    file = _io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    raw = getattr(file, 'buffer', file)
    raw = getattr(raw, 'raw', raw)
    raw.name = name
    return file


class _TemporaryFileWrapper:
    """The file of NamedTemporaryFile, deleting it on close (or on exit of the with block)."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self._delete = delete
        self._delete_on_close = delete_on_close
        self._removed = False

    def __getattr__(self, name):
        file = self.__dict__['file']
        return getattr(file, name)

    def _remove(self):
        if self._delete and not self._removed:
            self._removed = True
            try:
                _os.unlink(self.name)
            except FileNotFoundError:
                pass

    def close(self):
        self.file.close()
        if self._delete_on_close:
            self._remove()

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.file.close()
        self._remove()
        return None

    def __iter__(self):
        return iter(self.file)

    def __repr__(self):
        return f"<tempfile._TemporaryFileWrapper file={self.file!r}>"


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None, delete_on_close=True):
    """A temporary file with a visible name (.name), removed when closed (or at the end of with)."""
    prefix, suffix, dir, output_bytes = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _BIN_FLAGS, output_bytes)
    try:
        file = _open_fd(fd, mode, encoding, errors, name, buffering, newline)
        return _TemporaryFileWrapper(file, name, delete, delete_on_close)
    except BaseException:
        _os.unlink(name)
        _os.close(fd)
        raise


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None,
                  *, errors=None):
    """A temporary file without a name: unlinked at once, gone when closed."""
    prefix, suffix, dir, output_bytes = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _BIN_FLAGS, output_bytes)
    try:
        _os.unlink(name)
        return _open_fd(fd, mode, encoding, errors, fd, buffering, newline)
    except BaseException:
        _os.close(fd)
        raise


class SpooledTemporaryFile(_io.IOBase):
    """A temporary file kept in memory until it grows past max_size (or fileno() is asked for)."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                 prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            self._file = _io.StringIO(newline="\n")
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering, 'suffix': suffix, 'prefix': prefix,
                                   'encoding': encoding, 'newline': newline, 'dir': dir, 'errors': errors}
        self._mode = mode

    __class_getitem__ = classmethod(_types.GenericAlias)

    def _check(self, file):
        if self._rolled:
            return
        if self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        file = self._file
        newfile = self._file = TemporaryFile(**self._TemporaryFileArgs)
        newfile.write(file.getvalue())
        newfile.seek(file.tell(), 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        return self._file.encoding if self._rolled or 'b' not in self._mode else None

    @property
    def errors(self):
        return self._file.errors if self._rolled or 'b' not in self._mode else None

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return False

    @property
    def mode(self):
        return self._mode

    @property
    def name(self):
        return self._file.name if self._rolled else None

    @property
    def newlines(self):
        return getattr(self._file, 'newlines', None)

    def readable(self):
        return True

    def read(self, *args):
        return self._file.read(*args)

    def read1(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seekable(self):
        return True

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if self._max_size and size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def writable(self):
        return True

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        for line in iterable:
            self.write(line)

    def detach(self):
        return self._file.detach()


class TemporaryDirectory:
    """A temporary directory, removed with its contents by cleanup() or at the end of the with block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False, *, delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._delete = delete
        self._done = False

    def __repr__(self):
        return f"<{self.__class__.__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        if not self._done and _os.path.lexists(self.name):
            self._done = True
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    __class_getitem__ = classmethod(_types.GenericAlias)
