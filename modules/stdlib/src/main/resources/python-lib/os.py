"""Operating-system interfaces (POSIX flavour) over the runtime's _os system calls."""

import abc as _abc
import sys
import _os
from stat import S_ISDIR as _isdir, S_ISLNK as _islnk, S_ISREG as _isreg

name = 'posix'
linesep = '\n'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
error = OSError

F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
O_RDONLY, O_WRONLY, O_RDWR = 0, 1, 2
O_CREAT = 0o100
O_EXCL = 0o200
O_NOCTTY = 0o400
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_NONBLOCK = 0o4000
O_DSYNC = 0o10000
O_SYNC = 0o4010000
O_DIRECTORY = 0o200000
O_NOFOLLOW = 0o400000
O_CLOEXEC = 0o2000000
O_ACCMODE = 3
TMP_MAX = 238328

supports_dir_fd = set()
supports_fd = set()
supports_effective_ids = set()
supports_follow_symlinks = set()


def _fspath(path):
    """str or bytes from a path-like object, with CPython's error message."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        method = path_type.__fspath__
    except AttributeError:
        raise TypeError("expected str, bytes or os.PathLike object, not " + path_type.__name__) from None
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError(f"expected {path_type.__name__}.__fspath__() to return str or bytes, "
                    f"not {type(result).__name__}")


def fspath(path):
    """The file-system representation of path: str or bytes unchanged, else path.__fspath__()."""
    return _fspath(path)


class PathLike(_abc.ABC):
    """Abstract base class for objects that give a file-system path through __fspath__."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return any('__fspath__' in k.__dict__ for k in subclass.__mro__) or NotImplemented
        return NotImplemented

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


def _p(path):
    return _fspath(path)


class stat_result(tuple):
    """The result of stat(): a 10-tuple (integer times) with st_* attributes (float and nanosecond times)."""

    n_sequence_fields = 10
    n_fields = 16
    n_unnamed_fields = 3
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size')

    def __new__(cls, values, extra=None):
        values = tuple(values)
        if len(values) < 10:
            raise TypeError(f"os.stat_result() takes an at least 10-sequence ({len(values)}-sequence given)")
        self = tuple.__new__(cls, values[:10])
        self._ns = extra  # nanosecond times, or None when built from a plain 10-tuple
        return self

    @property
    def st_mode(self):
        return self[0]

    @property
    def st_ino(self):
        return self[1]

    @property
    def st_dev(self):
        return self[2]

    @property
    def st_nlink(self):
        return self[3]

    @property
    def st_uid(self):
        return self[4]

    @property
    def st_gid(self):
        return self[5]

    @property
    def st_size(self):
        return self[6]

    @property
    def st_atime(self):
        return self[7] if self._ns is None else self._ns[0] / 1e9

    @property
    def st_mtime(self):
        return self[8] if self._ns is None else self._ns[1] / 1e9

    @property
    def st_ctime(self):
        return self[9] if self._ns is None else self._ns[2] / 1e9

    @property
    def st_atime_ns(self):
        return None if self._ns is None else self._ns[0]

    @property
    def st_mtime_ns(self):
        return None if self._ns is None else self._ns[1]

    @property
    def st_ctime_ns(self):
        return None if self._ns is None else self._ns[2]

    def __repr__(self):
        names = self._names + ('st_atime', 'st_mtime', 'st_ctime')
        return 'os.stat_result(' + ', '.join(f'{n}={v!r}' for n, v in zip(names, self)) + ')'

    def __reduce__(self):
        return (stat_result, (tuple(self), self._ns))


def _stat_result(raw):
    ns = raw[7:10]
    return stat_result(raw[:7] + tuple(t // 1_000_000_000 for t in ns), ns)


def stat(path, *, dir_fd=None, follow_symlinks=True):
    if isinstance(path, int):
        return fstat(path)
    return _stat_result(_os.stat(_p(path), follow_symlinks))


def lstat(path, *, dir_fd=None):
    return _stat_result(_os.stat(_p(path), False))


def fstat(fd):
    return _stat_result(_os.fstat(fd))


# -- the environment -------------------------------------------------------------------------------------

from collections.abc import MutableMapping as _MutableMapping


class _Environ(_MutableMapping):
    """os.environ: a str-to-str mapping of the process environment; changes call putenv/unsetenv."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        if not isinstance(key, str):
            raise TypeError(f"str expected, not {type(key).__name__}")
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        for v in (key, value):
            if not isinstance(v, str):
                raise TypeError(f"str expected, not {type(v).__name__}")
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if not isinstance(key, str):
            raise TypeError(f"str expected, not {type(key).__name__}")
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        items = ', '.join(f'{k!r}: {v!r}' for k, v in self._data.items())
        return f'environ({{{items}}})'

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, (dict, _MutableMapping)):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _MutableMapping)):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


_child_env_changes = {}


def putenv(key, value):
    """Sets key for child processes; os.environ does not see it (as in CPython)."""
    for v in (key, value):
        if not isinstance(v, str):
            raise TypeError(f"str expected, not {type(v).__name__}")
    if '=' in key:
        raise ValueError("illegal environment variable name")
    if not key:
        raise OSError(22, 'Invalid argument')
    _child_env_changes[key] = value


def unsetenv(key):
    if not isinstance(key, str):
        raise TypeError(f"str expected, not {type(key).__name__}")
    if not key or '=' in key:
        raise ValueError("illegal environment variable name")
    _child_env_changes[key] = None


environ = _Environ(_os.environ())


def getenv(key, default=None):
    return environ.get(key, default)


def get_exec_path(env=None):
    if env is None:
        env = environ
    path = env.get('PATH', defpath)
    return path.split(pathsep)


# -- directories and files -------------------------------------------------------------------------------

def getcwd():
    return _os.getcwd()


def getcwdb():
    return fsencode(_os.getcwd())


def chdir(path):
    _os.chdir(_p(path))


def listdir(path=None):
    return _os.listdir('.' if path is None else _p(path))


def mkdir(path, mode=0o777, *, dir_fd=None):
    _os.mkdir(_p(path), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    name = _p(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir if isinstance(tail, str) else bytes(curdir, 'ascii')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def remove(path, *, dir_fd=None):
    _os.unlink(_p(path))


def unlink(path, *, dir_fd=None):
    _os.unlink(_p(path))


def rmdir(path, *, dir_fd=None):
    _os.rmdir(_p(path))


def removedirs(name):
    rmdir(name)
    head, tail = path.split(_p(name))
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _os.rename(_p(src), _p(dst))


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _os.rename(_p(src), _p(dst))


def renames(old, new):
    head, tail = path.split(_p(new))
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(_p(old))
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    return _os.access(_p(path), mode)


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    _os.chmod(_p(path), mode, follow_symlinks)


def lchmod(path, mode):
    _os.chmod(_p(path), mode, False)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        atime, mtime = (int(t * 1_000_000_000) if isinstance(t, float) else t * 1_000_000_000 for t in times)
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        atime, mtime = ns
    else:
        atime = mtime = None
    _os.utime(_p(path), atime, mtime, follow_symlinks)


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    _os.symlink(_p(src), _p(dst))


def link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True):
    _os.link(_p(src), _p(dst))


def readlink(path, *, dir_fd=None):
    p = _p(path)
    target = _os.readlink(p)
    return fsencode(target) if isinstance(p, bytes) else target


def truncate(path, length):
    if isinstance(path, int):
        return ftruncate(path, length)
    _os.truncate(_p(path), length)


def umask(mask):
    return _os.umask(mask)


def strerror(code):
    return _os.strerror(code)


# -- file descriptors ------------------------------------------------------------------------------------

def open(path, flags, mode=0o777, *, dir_fd=None):
    return _os.open(_p(path), flags, mode)


def close(fd):
    _os.close(fd)


def closerange(fd_low, fd_high):
    for fd in range(fd_low, fd_high):
        try:
            _os.close(fd)
        except OSError:
            pass


def read(fd, n):
    return _os.read(fd, n)


def write(fd, data):
    return _os.write(fd, data)


def lseek(fd, position, whence):
    return _os.lseek(fd, position, whence)


def ftruncate(fd, length):
    _os.ftruncate(fd, length)


def fsync(fd):
    _os.fsync(fd)


def isatty(fd):
    return _os.isatty(fd)


def fdopen(fd, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True):
    """A file object over descriptor fd: the builtin open() of the descriptor."""
    if not isinstance(fd, int):
        raise TypeError(f"invalid fd type ({type(fd)}, expected integer)")
    import io
    return io.open(fd, mode, buffering, encoding, errors, newline, closefd)


# -- processes -------------------------------------------------------------------------------------------

def getpid():
    return _os.getpid()


def getppid():
    return _os.getppid()


def getuid():
    return _os.ids()[0]


def geteuid():
    return _os.ids()[0]


def getgid():
    return _os.ids()[1]


def getegid():
    return _os.ids()[1]


def cpu_count():
    return _os.cpu_count()


def process_cpu_count():
    return _os.cpu_count()


def urandom(size):
    return _os.urandom(size)


class terminal_size(tuple):
    """(columns, lines) of a terminal."""

    n_sequence_fields = 2
    n_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, values):
        values = tuple(values)
        if len(values) != 2:
            raise TypeError(f"os.terminal_size() takes a 2-sequence ({len(values)}-sequence given)")
        return tuple.__new__(cls, values)

    @property
    def columns(self):
        return self[0]

    @property
    def lines(self):
        return self[1]

    def __repr__(self):
        return f'os.terminal_size(columns={self[0]!r}, lines={self[1]!r})'


def get_terminal_size(fd=1):
    return terminal_size(_os.terminal_size())


# -- scandir and walk ------------------------------------------------------------------------------------

class DirEntry:
    """One entry of scandir(): its name and path, with lazily fetched (and cached) stat results."""

    __slots__ = ('name', 'path', '_stat', '_lstat')

    def __init__(self, name, path):
        self.name = name
        self.path = path
        self._stat = None
        self._lstat = None

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            if self.is_symlink():
                self._stat = stat(self.path)
            else:
                self._stat = self.stat(follow_symlinks=False)
        return self._stat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def _test(self, kind, follow_symlinks):
        try:
            return kind(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except FileNotFoundError:
            return False

    def is_dir(self, *, follow_symlinks=True):
        return self._test(_isdir, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._test(_isreg, follow_symlinks)

    def is_symlink(self):
        return self._test(_islnk, False)

    def is_junction(self):
        return False

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'


class _ScandirIterator:
    def __init__(self, top, names):
        self._top = top
        self._names = iter(names)
        self._closed = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._closed:
            raise StopIteration
        name = next(self._names)
        if self._top is None:
            return DirEntry(name, name)
        return DirEntry(name, path.join(self._top, name))

    def close(self):
        self._closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def scandir(path=None):
    top = None if path is None else _p(path)
    return _ScandirIterator(top, _os.listdir('.' if top is None else top))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for top and every directory below it."""
    pending = [_p(top)]
    while pending:
        item = pending.pop()
        if isinstance(item, tuple):
            yield item
            continue
        dirs, files, walk_into = [], [], []
        try:
            with scandir(item) as it:
                entries = list(it)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            (dirs if is_dir else files).append(entry.name)
            if not topdown and is_dir:
                if followlinks or not entry.is_symlink():
                    walk_into.append(entry.path)
        if topdown:
            yield item, dirs, files
            for d in reversed(dirs):
                new_path = path.join(item, d)
                if followlinks or not path.islink(new_path):
                    pending.append(new_path)
        else:
            pending.append((item, dirs, files))
            for new_path in reversed(walk_into):
                pending.append(new_path)


import posixpath as path
sys.modules['os.path'] = path

__all__ = ['name', 'linesep', 'sep', 'altsep', 'extsep', 'pathsep', 'curdir', 'pardir', 'defpath', 'devnull',
           'error', 'fspath', 'PathLike', 'fsencode', 'fsdecode', 'stat_result', 'stat', 'lstat', 'fstat',
           'environ', 'getenv', 'putenv', 'unsetenv', 'get_exec_path', 'getcwd', 'getcwdb', 'chdir', 'listdir',
           'mkdir', 'makedirs', 'remove', 'unlink', 'rmdir', 'removedirs', 'rename', 'replace', 'renames',
           'access', 'chmod', 'utime', 'symlink', 'link', 'readlink', 'truncate', 'umask', 'strerror', 'open',
           'close', 'closerange', 'read', 'write', 'lseek', 'ftruncate', 'fsync', 'isatty', 'fdopen', 'getpid',
           'getppid', 'getuid', 'geteuid', 'getgid', 'getegid', 'cpu_count', 'process_cpu_count', 'urandom',
           'terminal_size', 'get_terminal_size', 'DirEntry', 'scandir', 'walk', 'path', 'F_OK', 'R_OK', 'W_OK',
           'X_OK', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'O_RDONLY', 'O_WRONLY', 'O_RDWR', 'O_CREAT', 'O_EXCL',
           'O_TRUNC', 'O_APPEND']
