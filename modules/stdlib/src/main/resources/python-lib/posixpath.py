"""Path operations for POSIX ('/'-separated) paths: the module behind os.path on this platform."""

import os
import stat as _stat
import sys

__all__ = ["normcase", "isabs", "join", "splitdrive", "splitroot", "split", "splitext", "basename", "dirname",
           "commonprefix", "getsize", "getmtime", "getatime", "getctime", "islink", "exists", "lexists", "isdir",
           "isfile", "ismount", "expanduser", "expandvars", "normpath", "abspath", "samefile", "sameopenfile",
           "samestat", "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep", "devnull",
           "realpath", "supports_unicode_filenames", "relpath", "commonpath", "isjunction", "isdevdrive"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def _sep(p):
    return b'/' if isinstance(p, bytes) else '/'


def _check_kinds(funcname, *parts):
    has_str = has_bytes = False
    for p in parts:
        if isinstance(p, str):
            has_str = True
        elif isinstance(p, bytes):
            has_bytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or os.PathLike object, '
                            f'not {type(p).__name__!r}') from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_sep(s))


def _fspaths(funcname, items):
    out = []
    for item in items:
        try:
            out.append(os.fspath(item))
        except TypeError:
            _check_kinds(funcname, item)
            raise
    return out


def join(a, *p):
    a, *parts = _fspaths('join', (a,) + p)
    out = a
    _check_kinds('join', a, *parts)
    sep = _sep(a)
    for part in parts:
        if part.startswith(sep):
            out = part
        elif not out or out.endswith(sep):
            out = out + part
        else:
            out = out + sep + part
    return out


def split(p):
    p = os.fspath(p)
    sep = _sep(p)
    cut = p.rfind(sep) + 1
    head, tail = p[:cut], p[cut:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = os.fspath(p)
    if isinstance(p, bytes):
        sep, dot = b'/', b'.'
    else:
        sep, dot = '/', '.'
    last_sep = p.rfind(sep)
    last_dot = p.rfind(dot)
    if last_dot > last_sep:
        # a name made only of leading dots ('.bashrc', '..') has no extension
        start = last_sep + 1
        while start < last_dot and p[start:start + 1] == dot:
            start += 1
        if start < last_dot:
            return p[:last_dot], p[last_dot:]
    return p, p[:0]


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def splitroot(p):
    p = os.fspath(p)
    sep = _sep(p)
    empty = p[:0]
    if not p.startswith(sep):
        return empty, empty, p
    if p[1:2] != sep or p[2:3] == sep:
        # one slash, or three and more, make a root of one
        return empty, sep, p[1:]
    return empty, p[:2], p[2:]


def basename(p):
    p = os.fspath(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    return split(p)[0]


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    lo = min(m)
    hi = max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def _stat_or_none(path, follow=True):
    try:
        return os.stat(path, follow_symlinks=follow)
    except (OSError, ValueError):
        return None


def exists(path):
    return _stat_or_none(path) is not None


def lexists(path):
    return _stat_or_none(path, False) is not None


def isfile(path):
    st = _stat_or_none(path)
    return st is not None and _stat.S_ISREG(st.st_mode)


def isdir(s):
    st = _stat_or_none(s)
    return st is not None and _stat.S_ISDIR(st.st_mode)


def islink(path):
    st = _stat_or_none(path, False)
    return st is not None and _stat.S_ISLNK(st.st_mode)


def isjunction(path):
    os.fspath(path)
    return False


def isdevdrive(path):
    os.fspath(path)
    return False


def ismount(path):
    try:
        st = os.lstat(path)
    except (OSError, ValueError):
        return False
    if _stat.S_ISLNK(st.st_mode):
        return False
    path = os.fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    try:
        up = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return st.st_dev != up.st_dev or st.st_ino == up.st_ino


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    return samestat(os.fstat(fp1), os.fstat(fp2))


def expanduser(path):
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    tilde = b'~' if is_bytes else '~'
    if not path.startswith(tilde):
        return path
    sep = _sep(path)
    end = path.find(sep, 1)
    if end < 0:
        end = len(path)
    if end != 1:
        # ~user: only the current user's home is known here
        return path
    home = os.environ.get('HOME')
    if home is None:
        return path
    if is_bytes:
        home = os.fsencode(home)
    home = home.rstrip(sep)
    return (home + path[end:]) or sep


def expandvars(path):
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    text = os.fsdecode(path) if is_bytes else path
    if '$' not in text:
        return path
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        name, end = _var_at(text, i + 1)
        if name is not None and name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(text[i:end])
        i = end
    result = ''.join(out)
    return os.fsencode(result) if is_bytes else result


def _var_at(text, i):
    """The variable name after a '$' at i-1 and where the reference ends; name None when there is none."""
    if text[i:i + 1] == '{':
        close = text.find('}', i + 1)
        if close < 0:
            return None, i
        return text[i + 1:close], close + 1
    j = i
    while j < len(text) and text[j].isascii() and (text[j].isalnum() or text[j] == '_'):
        j += 1
    if j == i:
        return None, i
    return text[i:j], j


def normpath(path):
    path = os.fspath(path)
    if isinstance(path, bytes):
        sep, dot, dotdot, empty = b'/', b'.', b'..', b''
    else:
        sep, dot, dotdot, empty = '/', '.', '..', ''
    if path == empty:
        return dot
    _, root, rest = splitroot(path)
    parts = []
    for comp in rest.split(sep):
        if comp == empty or comp == dot:
            continue
        if comp == dotdot and (parts and parts[-1] != dotdot):
            parts.pop()
        elif comp == dotdot and root:
            continue
        else:
            parts.append(comp)
    return (root + sep.join(parts)) or dot


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = os.fspath(filename)
    if isinstance(filename, bytes):
        return os.fsencode(realpath(os.fsdecode(filename), strict=strict))
    if not isabs(filename):
        filename = join(os.getcwd(), filename)
    pending = [c for c in filename.split('/') if c][::-1]
    resolved = '/'
    links_seen = 0
    while pending:
        comp = pending.pop()
        if comp == '.':
            continue
        if comp == '..':
            resolved = dirname(resolved) or '/'
            continue
        candidate = join(resolved, comp)
        try:
            st = os.lstat(candidate)
        except OSError:
            if strict:
                raise
            resolved = candidate
            continue
        if not _stat.S_ISLNK(st.st_mode):
            resolved = candidate
            continue
        links_seen += 1
        if links_seen > 40:
            if strict:
                raise OSError(40, 'Too many levels of symbolic links', candidate)
            resolved = candidate
            continue
        target = os.readlink(candidate)
        if target.startswith('/'):
            resolved = '/'
        pending.extend(c for c in reversed(target.split('/')) if c)
    return resolved


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    if start is None:
        start = b'.' if is_bytes else '.'
    else:
        start = os.fspath(start)
    _check_kinds('relpath', path, start)
    sep = _sep(path)
    dot = b'.' if is_bytes else '.'
    dotdot = b'..' if is_bytes else '..'
    from_parts = [x for x in abspath(start).split(sep) if x]
    to_parts = [x for x in abspath(path).split(sep) if x]
    common = 0
    for a, b in zip(from_parts, to_parts):
        if a != b:
            break
        common += 1
    rel = [dotdot] * (len(from_parts) - common) + to_parts[common:]
    return join(*rel) if rel else dot


def commonpath(paths):
    paths = tuple(map(os.fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    _check_kinds('commonpath', *paths)
    sep = _sep(paths[0])
    dot = b'.' if isinstance(paths[0], bytes) else '.'
    absolute = {p.startswith(sep) for p in paths}
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in p.split(sep) if c and c != dot] for p in paths]
    lo = min(split_paths)
    hi = max(split_paths)
    common = lo
    for i, c in enumerate(lo):
        if c != hi[i]:
            common = lo[:i]
            break
    prefix = sep if absolute.pop() else sep[:0]
    return prefix + sep.join(common)
