"""The import system's Python interface: import_module, reload, invalidate_caches (over the runtime's importer)."""

import sys

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

__import__ = __import__


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def _absolute_name(name, package):
    if not name.startswith('.'):
        return name
    if not package:
        raise TypeError("the 'package' argument is required to perform a relative import for "
                        f"{name!r}")
    level = len(name) - len(name.lstrip('.'))
    return _resolve_name(name[level:], package, level)


def import_module(name, package=None):
    """Imports the module name (relative names resolved against package) and returns it."""
    absolute = _absolute_name(name, package)
    if not absolute:
        raise ValueError("Empty module name")
    __import__(absolute)
    return sys.modules[absolute]


def invalidate_caches():
    """Nothing to clear: the importer looks at the file system on every search."""


def _source_of(module):
    spec = getattr(module, '__spec__', None)
    loader = getattr(spec, 'loader', None) or getattr(module, '__loader__', None)
    if loader is not None and hasattr(loader, 'get_source'):
        try:
            return loader.get_source(module.__name__), getattr(module, '__file__', '<string>')
        except (ImportError, OSError):
            pass
    filename = getattr(module, '__file__', None)
    if filename:
        try:
            with open(filename, encoding='utf-8') as f:
                return f.read(), filename
        except OSError:
            pass
    return None, None


def reload(module):
    """Runs the module's code again in its own namespace and returns it."""
    import types
    if not isinstance(module, types.ModuleType):
        raise TypeError("reload() argument must be a module")
    name = module.__spec__.name if getattr(module, '__spec__', None) is not None else module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    source, filename = _source_of(module)
    if source is not None:
        exec(compile(source, filename, 'exec'), module.__dict__)
        return module
    # no readable source (a module shipped inside the runtime): import afresh and adopt the new namespace
    del sys.modules[name]
    try:
        fresh = import_module(name)
    except BaseException:
        sys.modules[name] = module
        raise
    module.__dict__.update(fresh.__dict__)
    sys.modules[name] = module
    return module
