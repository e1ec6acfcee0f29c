"""Object-oriented filesystem paths: pure path arithmetic (PurePosixPath, PureWindowsPath) and concrete
paths doing I/O on this system (Path, which is PosixPath here)."""

import fnmatch
import io
import os
import stat as _stat
import sys

__all__ = ["UnsupportedOperation", "PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath",
           "WindowsPath"]


class UnsupportedOperation(NotImplementedError):
    """Raised when an unsupported operation is called on a path object."""


# -- flavours: how a path string splits into drive, root and parts ----------------------------------------

class _Posix:
    sep = '/'
    altsep = None
    case_sensitive = True

    @staticmethod
    def split(text):
        """(drive, root, parts) of a posix path string."""
        if text.startswith('/'):
            root = '//' if text.startswith('//') and not text.startswith('///') else '/'
        else:
            root = ''
        parts = [p for p in text.split('/') if p and p != '.']
        return '', root, parts

    @staticmethod
    def casefold(text):
        return text

    @staticmethod
    def is_absolute(drv, root):
        return bool(root)


class _Windows:
    sep = '\\'
    altsep = '/'
    case_sensitive = False

    @staticmethod
    def split(text):
        text = text.replace('/', '\\')
        drv = ''
        if text[:2] == '\\\\' and text[2:3] != '\\':
            rest = text[2:]
            pieces = rest.split('\\', 2)
            if len(pieces) >= 2 and pieces[0] and pieces[1]:
                drv = '\\\\' + pieces[0] + '\\' + pieces[1]
                text = '\\' + (pieces[2] if len(pieces) > 2 else '')
                parts = [p for p in text.split('\\') if p and p != '.']
                return drv, '\\', parts
        if len(text) >= 2 and text[1] == ':' and text[0].isalpha():
            drv = text[:2]
            text = text[2:]
        root = '\\' if text.startswith('\\') else ''
        parts = [p for p in text.split('\\') if p and p != '.']
        return drv, root, parts

    @staticmethod
    def casefold(text):
        return text.lower()

    @staticmethod
    def is_absolute(drv, root):
        return bool(drv and root) or (drv.startswith('\\\\') and bool(root))


_URI_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')


def _quote(data):
    """Percent-encoding of bytes for a file URI ('/' and unreserved characters kept)."""
    return ''.join(chr(b) if b in _URI_SAFE else f'%{b:02X}' for b in data)


def _unquote(text):
    out = bytearray()
    i = 0
    while i < len(text):
        if text[i] == '%' and i + 2 < len(text) + 0 and all(c in '0123456789abcdefABCDEF' for c in text[i + 1:i + 3]):
            out.append(int(text[i + 1:i + 3], 16))
            i += 3
        else:
            out += text[i].encode('utf-8')
            i += 1
    return bytes(out)


class _Parents:
    """The sequence of a path's ancestors, nearest first."""

    __slots__ = ('_path', '_items')

    def __init__(self, path):
        self._path = path
        items = []
        p = path
        while True:
            parent = p.parent
            if parent == p:
                break
            items.append(parent)
            p = parent
        self._items = tuple(items)

    def __len__(self):
        return len(self._items)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return self._items[idx]
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        return self._items[idx]

    def __iter__(self):
        return iter(self._items)

    def __repr__(self):
        return f"<{type(self._path).__name__}.parents>"


_ANCHOR = object()  # a path's anchor among its parts: only '**' matches it


def _component_matches(name, pattern, case_sensitive):
    if name is _ANCHOR:
        return False
    if case_sensitive:
        return fnmatch.fnmatchcase(name, pattern)
    return fnmatch.fnmatchcase(name.lower(), pattern.lower())


def _match_parts(parts, patterns, case_sensitive):
    """Whether path components match pattern components in full ('**' spanning any number of them)."""
    if not patterns:
        return not parts
    first = patterns[0]
    if first == '**':
        return any(_match_parts(parts[i:], patterns[1:], case_sensitive) for i in range(len(parts) + 1))
    if not parts:
        return False
    return _component_matches(parts[0], first, case_sensitive) and _match_parts(parts[1:], patterns[1:],
                                                                                case_sensitive)


class PurePath:
    """A path without I/O: parsing, joining and comparing path strings of one flavour."""

    __slots__ = ('_raw_paths', '_drv', '_root', '_tail', '_str', '_hash')
    _flavour = _Posix
    parser = os.path

    def __new__(cls, *args, **kwargs):
        if cls is PurePath:
            cls = PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        paths = []
        for arg in args:
            if isinstance(arg, PurePath):
                if arg._flavour is not self._flavour and self._flavour is _Posix:
                    paths.append(str(arg).replace('\\', '/'))
                else:
                    paths.append(str(arg))
                continue
            try:
                path = os.fspath(arg)
            except TypeError:
                path = arg
            if not isinstance(path, str):
                raise TypeError("argument should be a str or an os.PathLike object where __fspath__ returns "
                                f"a str, not {type(path).__name__!r}")
            paths.append(path)
        self._raw_paths = paths
        self._parse()

    def _parse(self):
        drv, root, parts = '', '', []
        for raw in self._raw_paths:
            d, r, p = self._flavour.split(raw)
            if r or (d and d != drv):
                drv, root, parts = (d or drv), r, list(p)
                if d and not r and self._flavour is _Windows:
                    root = ''
            else:
                parts.extend(p)
        self._drv, self._root, self._tail = drv, root, tuple(parts)
        self._str = None
        self._hash = None

    def with_segments(self, *pathsegments):
        """A new path of the same type from pathsegments (subclasses may carry state along)."""
        return type(self)(*pathsegments)

    def _from_parts(self, drv, root, tail):
        p = self.with_segments()
        p._drv, p._root, p._tail = drv, root, tuple(tail)
        p._str = None
        return p

    def __reduce__(self):
        return (self.__class__, tuple(self._raw_paths))

    def __str__(self):
        if self._str is None:
            body = self._flavour.sep.join(self._tail)
            self._str = (self._drv + self._root + body) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self).replace(self._flavour.sep, '/')

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return f"{self.__class__.__name__}({self.as_posix()!r})"

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        if self._flavour is _Windows:
            drive = self._drv
            if len(drive) == 2 and drive[1] == ':':
                prefix = 'file:///' + drive
                path = self.as_posix()[2:]
            else:
                prefix = 'file:'
                path = self.as_posix()
        else:
            prefix = 'file://'
            path = str(self)
        return prefix + _quote(os.fsencode(path))

    @property
    def _key(self):
        return self._flavour.casefold(str(self))

    @property
    def _parts_key(self):
        fold = self._flavour.casefold
        return [fold(self._drv + self._root)] + [fold(p) for p in self._tail]

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key == other._key and self._flavour is other._flavour

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._key)
        return self._hash

    def _compare(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return None
        return self._parts_key, other._parts_key

    def __lt__(self, other):
        pair = self._compare(other)
        return NotImplemented if pair is None else pair[0] < pair[1]

    def __le__(self, other):
        pair = self._compare(other)
        return NotImplemented if pair is None else pair[0] <= pair[1]

    def __gt__(self, other):
        pair = self._compare(other)
        return NotImplemented if pair is None else pair[0] > pair[1]

    def __ge__(self, other):
        pair = self._compare(other)
        return NotImplemented if pair is None else pair[0] >= pair[1]

    @property
    def drive(self):
        return self._drv

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._drv + self._root

    @property
    def parts(self):
        if self._drv or self._root:
            return (self._drv + self._root,) + self._tail
        return self._tail

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._from_parts(self._drv, self._root, self._tail[:-1])

    @property
    def parents(self):
        return _Parents(self)

    @property
    def name(self):
        return self._tail[-1] if self._tail else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        seps = [self._flavour.sep] + ([self._flavour.altsep] if self._flavour.altsep else [])
        if not name or any(s in name for s in seps) or name == '.':
            raise ValueError(f"Invalid name {name!r}")
        return self._from_parts(self._drv, self._root, self._tail[:-1] + (name,))

    def with_stem(self, stem):
        suffix = self.suffix
        if not suffix:
            return self.with_name(stem)
        if not stem:
            raise ValueError(f"{self!r} has a non-empty suffix")
        return self.with_name(stem + suffix)

    def with_suffix(self, suffix):
        stem = self.stem
        if not stem:
            raise ValueError(f"{self!r} has an empty name")
        if suffix and (not suffix.startswith('.') or suffix == '.'):
            raise ValueError(f"Invalid suffix {suffix!r}")
        return self.with_name(stem + suffix)

    def relative_to(self, other, /, *_deprecated, walk_up=False):
        if _deprecated:
            other = self.with_segments(other, *_deprecated)
        elif not isinstance(other, PurePath):
            other = self.with_segments(other)
        if self.anchor != other.anchor and self._parts_key[:1] != other._parts_key[:1]:
            raise ValueError(f"{str(self)!r} and {str(other)!r} have different anchors")
        mine = self._parts_key
        theirs = other._parts_key
        common = 0
        while common < min(len(mine), len(theirs)) and mine[common] == theirs[common]:
            common += 1
        if common < len(theirs):
            if not walk_up:
                raise ValueError(f"{str(self)!r} is not in the subpath of {str(other)!r}")
            if '..' in other._tail[common - 1:]:
                raise ValueError(f"'..' segment in {str(other)!r} cannot be walked")
        ups = ['..'] * (len(theirs) - common)
        return self._from_parts('', '', ups + list(self._tail[common - 1:]))

    def is_relative_to(self, other, /, *_deprecated):
        if _deprecated:
            other = self.with_segments(other, *_deprecated)
        elif not isinstance(other, PurePath):
            other = self.with_segments(other)
        try:
            self.relative_to(other)
        except ValueError:
            return False
        return True

    def is_absolute(self):
        return self._flavour.is_absolute(self._drv, self._root)

    def is_reserved(self):
        import warnings
        warnings.warn("pathlib.PurePath.is_reserved() is deprecated and scheduled for removal in Python 3.15. "
                      "Use os.path.isreserved() to detect reserved paths on Windows.", DeprecationWarning,
                      stacklevel=2)
        return False

    def joinpath(self, *pathsegments):
        return self.with_segments(self, *pathsegments)

    def __truediv__(self, key):
        try:
            return self.with_segments(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    def _case(self, case_sensitive):
        return self._flavour.case_sensitive if case_sensitive is None else case_sensitive

    def match(self, path_pattern, *, case_sensitive=None):
        """Whether the path matches a glob pattern compared from the right (whole path if absolute)."""
        if not isinstance(path_pattern, PurePath):
            path_pattern = self.with_segments(path_pattern)
        case = self._case(case_sensitive)
        pattern_parts = list(path_pattern.parts)
        parts = list(self.parts)
        if not pattern_parts:
            raise ValueError("empty pattern")
        if len(parts) < len(pattern_parts):
            return False
        if len(parts) > len(pattern_parts) and path_pattern.anchor:
            return False
        for part, pat in zip(reversed(parts), reversed(pattern_parts)):
            if not _component_matches(part, pat, case):
                return False
        return True

    def full_match(self, pattern, *, case_sensitive=None):
        """Whether the whole path matches the glob pattern ('**' matches any number of segments)."""
        if not isinstance(pattern, PurePath):
            pattern = self.with_segments(pattern)
        case = self._case(case_sensitive)
        fold = self._flavour.casefold
        if pattern.anchor:
            if fold(pattern.anchor) != fold(self.anchor):
                return False
            return _match_parts(list(self._tail), list(pattern._tail), case)
        # a relative pattern reaches an anchored path only through a leading '**'
        parts = ([_ANCHOR] if self.anchor else []) + list(self._tail)
        return _match_parts(parts, list(pattern._tail), case)


os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    """A PurePath of POSIX paths ('/' separated)."""
    __slots__ = ()
    _flavour = _Posix


class PureWindowsPath(PurePath):
    """A PurePath of Windows paths (drives, '\\' separated, case-insensitive)."""
    __slots__ = ()
    _flavour = _Windows


class Path(PurePath):
    """A PurePath that also does I/O on this system."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        if cls is WindowsPath:
            raise UnsupportedOperation(f"cannot instantiate {cls.__name__!r} on your system")
        return object.__new__(cls)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    @classmethod
    def from_uri(cls, uri):
        if not uri.startswith('file:'):
            raise ValueError(f"URI does not start with 'file:': {uri!r}")
        path = uri[5:]
        if path[:3] == '///':
            path = path[2:]
        elif path[:12] == '//localhost/':
            path = path[11:]
        path = cls(os.fsdecode(_unquote(path)))
        if not path.is_absolute():
            raise ValueError(f"URI is not absolute: {uri!r}")
        return path

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def _mode(self, follow_symlinks=True):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except (OSError, ValueError):
            return None

    def exists(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) is not None

    def is_dir(self, *, follow_symlinks=True):
        mode = self._mode(follow_symlinks)
        return mode is not None and _stat.S_ISDIR(mode)

    def is_file(self, *, follow_symlinks=True):
        mode = self._mode(follow_symlinks)
        return mode is not None and _stat.S_ISREG(mode)

    def is_symlink(self):
        mode = self._mode(False)
        return mode is not None and _stat.S_ISLNK(mode)

    def is_mount(self):
        return os.path.ismount(self)

    def is_junction(self):
        return False

    def is_block_device(self):
        mode = self._mode()
        return mode is not None and _stat.S_ISBLK(mode)

    def is_char_device(self):
        mode = self._mode()
        return mode is not None and _stat.S_ISCHR(mode)

    def is_fifo(self):
        mode = self._mode()
        return mode is not None and _stat.S_ISFIFO(mode)

    def is_socket(self):
        mode = self._mode()
        return mode is not None and _stat.S_ISSOCK(mode)

    def samefile(self, other_path):
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.with_segments(other_path).stat()
        return os.path.samestat(st, other_st)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None, newline=None):
        with self.open(mode='r', encoding=encoding, errors=errors, newline=newline) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data) if not isinstance(data, bytes) else data
        with self.open(mode='wb') as f:
            return f.write(bytes(view))

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def iterdir(self):
        """The paths of the entries of this directory (no '.' or '..'), in the order the system lists them."""
        root = str(self)
        names = os.listdir(root)
        for name in names:
            yield self._from_parts(self._drv, self._root, self._tail + (name,))

    def _child(self, name):
        return self._from_parts(self._drv, self._root, self._tail + (name,))

    def glob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        """The paths below this one matching the relative glob pattern ('**' for any depth)."""
        if not isinstance(pattern, PurePath):
            pattern = self.with_segments(pattern)
        if pattern.anchor:
            raise NotImplementedError("Non-relative patterns are unsupported")
        raw = os.fspath(pattern) if not pattern._raw_paths else pattern._raw_paths[-1]
        parts = list(pattern._tail)
        if not parts:
            raise ValueError(f"Unacceptable pattern: {str(pattern)!r}")
        dir_only = raw.endswith('/') or raw.endswith(self._flavour.sep)
        case = self._case(case_sensitive)
        yield from self._glob_parts([self], parts, dir_only, case, recurse_symlinks)

    def _glob_parts(self, paths, parts, dir_only, case, recurse_symlinks):
        for path in paths:
            yield from self._glob_from(path, parts, dir_only, case, recurse_symlinks)

    def _glob_from(self, path, parts, dir_only, case, recurse_symlinks):
        if not parts:
            if not dir_only or path.is_dir():
                yield path
            return
        part, rest = parts[0], parts[1:]
        if part == '**':
            while rest and rest[0] == '**':
                rest = rest[1:]
            for sub in self._walk_dirs(path, recurse_symlinks):
                if not rest:
                    yield sub if sub is not path else path
                    if not dir_only:
                        for child in self._entries(sub):
                            if not child.is_dir():
                                yield child
                else:
                    yield from self._glob_from(sub, rest, dir_only, case, recurse_symlinks)
            return
        if part == '..':
            yield from self._glob_from(path._child('..'), rest, dir_only, case, recurse_symlinks)
            return
        if not any(c in part for c in '*?['):
            child = path._child(part)
            if rest:
                if child.is_dir():
                    yield from self._glob_from(child, rest, dir_only, case, recurse_symlinks)
            elif child.exists(follow_symlinks=False):
                if not dir_only or child.is_dir():
                    yield child
            return
        for child in self._entries(path):
            if not _component_matches(child.name, part, case):
                continue
            if rest:
                if child.is_dir():
                    yield from self._glob_from(child, rest, dir_only, case, recurse_symlinks)
            elif not dir_only or child.is_dir():
                yield child

    def _entries(self, path):
        try:
            with os.scandir(path) as it:
                names = [e.name for e in it]
        except OSError:
            return []
        return [path._child(n) for n in names]

    def _walk_dirs(self, path, recurse_symlinks):
        """path and every directory below it, parents first."""
        yield path
        for child in self._entries(path):
            if child.is_dir() and (recurse_symlinks or not child.is_symlink()):
                yield from self._walk_dirs(child, recurse_symlinks)

    def rglob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        """glob with '**/' in front of pattern."""
        if not isinstance(pattern, PurePath):
            pattern = self.with_segments(pattern)
        raw = pattern._raw_paths[-1] if pattern._raw_paths else str(pattern)
        full = '**/' + raw
        return self.glob(full, case_sensitive=case_sensitive, recurse_symlinks=recurse_symlinks)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        """(dirpath, dirnames, filenames) for this directory and each one below it, as os.walk."""
        for root, dirs, files in os.walk(self, topdown=top_down, onerror=on_error, followlinks=follow_symlinks):
            if top_down:
                yield self.with_segments(root), dirs, files
            else:
                yield self.with_segments(root), dirs, files

    def absolute(self):
        if self.is_absolute():
            return self
        return self.with_segments(os.getcwd(), self)

    def resolve(self, strict=False):
        return self.with_segments(os.path.realpath(self, strict=strict))

    def owner(self, *, follow_symlinks=True):
        raise UnsupportedOperation("Path.owner() is unsupported on this system")

    def group(self, *, follow_symlinks=True):
        raise UnsupportedOperation("Path.group() is unsupported on this system")

    def readlink(self):
        return self.with_segments(os.readlink(self))

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return self.with_segments(target)

    def replace(self, target):
        os.replace(self, target)
        return self.with_segments(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def hardlink_to(self, target):
        os.link(target, self)

    def expanduser(self):
        if not (self._drv or self._root) and self._tail and self._tail[0][:1] == '~':
            homedir = os.path.expanduser(self._tail[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self.with_segments(homedir, *self._tail[1:])
        return self


class PosixPath(Path, PurePosixPath):
    """Path on a POSIX system."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Path on a Windows system (not instantiable here)."""
    __slots__ = ()
