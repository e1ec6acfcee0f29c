"""Lines of source files, read once and kept (used by traceback, warnings and inspect)."""

import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname); lazily loadable entries are 1-tuples (get_source,)
cache = {}


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    if entry is not None:
        try:
            source = entry[0]()
        except (ImportError, OSError):
            source = None
        if source is not None:
            lines = _split_lines(source)
            cache[filename] = (len(source), None, lines, filename)
            return lines
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    import os
    names = list(cache) if filename is None else [filename] if filename in cache else []
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1 or entry[1] is None:
            continue
        size, mtime, _, fullname = entry
        try:
            st = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def _split_lines(text):
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    return lines


def _loader_source(filename, module_globals):
    if not module_globals or '__name__' not in module_globals:
        return None
    spec = module_globals.get('__spec__')
    name = getattr(spec, 'name', None) or module_globals['__name__']
    loader = getattr(spec, 'loader', None) or module_globals.get('__loader__')
    get_source = getattr(loader, 'get_source', None)
    if get_source is None:
        return None
    try:
        return get_source(name)
    except (ImportError, OSError):
        return None


def updatecache(filename, module_globals=None):
    import os
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    candidates = [filename]
    if not os.path.isabs(filename):
        for entry in sys.path:
            if isinstance(entry, str):
                candidates.append(os.path.join(entry, filename))
    for fullname in candidates:
        try:
            st = os.stat(fullname)
        except (OSError, ValueError):
            continue
        try:
            with open(fullname, encoding='utf-8') as f:
                lines = _split_lines(f.read())
        except (OSError, UnicodeDecodeError, SyntaxError):
            return []
        cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
        return lines
    source = _loader_source(filename, module_globals)
    if source is None:
        return []
    lines = _split_lines(source)
    cache[filename] = (len(source), None, lines, filename)
    return lines


def lazycache(filename, module_globals):
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        loader = module_globals.get('__loader__')
        get_source = getattr(loader, 'get_source', None)
        if get_source is not None:
            name = module_globals['__name__']
            cache[filename] = (lambda: get_source(name),)
            return True
    return False
