"""Filename globbing: the paths matching a shell-style pattern (*, ?, [seq], and ** when recursive)."""

import fnmatch
import os
import sys

__all__ = ["glob", "iglob", "escape"]

_MAGIC_CHARS = '*?['


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """A list of the paths matching pathname (in the order the directories list them)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching pathname."""
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or (recursive and _isrecursive(pathname[:2])):
        try:
            first = next(it)
            if first:
                it = _chain(first, it)
        except StopIteration:
            pass
    return it


def _chain(first, rest):
    yield first
    yield from rest


def _join(root, name):
    return os.path.join(root, name) if root and name else (root or name)


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, dirname)):
            yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob_recursive(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob_pattern(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        in_dir = _glob_recursive if recursive and _isrecursive(basename) else _glob_pattern
    else:
        in_dir = _glob_literal
    for parent in dirs:
        for name in in_dir(_join(root_dir, parent), basename, dironly, include_hidden):
            yield os.path.join(parent, name)


def _hidden(name):
    return name[:1] in ('.', b'.')


def _glob_pattern(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _hidden(pattern)):
        names = [x for x in names if not _hidden(x)]
    return fnmatch.filter(names, pattern)


def _glob_literal(dirname, basename, dironly, include_hidden):
    if basename:
        if os.path.lexists(_join(dirname, basename)):
            return [basename]
    elif os.path.isdir(dirname):
        return [basename]
    return []


def _glob_recursive(dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    yield from _walk_names(dirname, dironly, include_hidden)


def _walk_names(dirname, dironly, include_hidden):
    for name in _listdir(dirname, dironly):
        if include_hidden or not _hidden(name):
            yield name
            path = _join(dirname, name)
            if os.path.isdir(path):
                for sub in _walk_names(path, dironly, include_hidden):
                    yield os.path.join(name, sub)


def _listdir(dirname, dironly):
    try:
        if isinstance(dirname, bytes):
            target = dirname or os.curdir.encode()
        else:
            target = dirname or os.curdir
        with os.scandir(target) as it:
            names = []
            for entry in it:
                try:
                    if not dironly or entry.is_dir():
                        names.append(entry.name)
                except OSError:
                    pass
            return names
    except OSError:
        return []


def glob0(dirname, pattern):
    return _glob_literal(dirname, pattern, False, False)


def glob1(dirname, pattern):
    return _glob_pattern(dirname, pattern, False, False)


def has_magic(s):
    if isinstance(s, bytes):
        return any(b in s for b in (b'*', b'?', b'['))
    return any(c in s for c in _MAGIC_CHARS)


def _isrecursive(pattern):
    return pattern in ('**', b'**')


def escape(pathname):
    """pathname with its special characters (*, ?, [) made literal."""
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        escaped = os.fsencode(''.join('[' + c + ']' if c in _MAGIC_CHARS else c
                                      for c in os.fsdecode(pathname)))
    else:
        escaped = ''.join('[' + c + ']' if c in _MAGIC_CHARS else c for c in pathname)
    return drive + escaped
