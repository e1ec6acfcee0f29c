"""Utilities for importers: finding specs, building modules from specs and files."""

import os
import sys
import types

from . import _absolute_name, _resolve_name
from .machinery import BuiltinImporter, ModuleSpec, PathFinder, SourceFileLoader

__all__ = ['MAGIC_NUMBER', 'cache_from_source', 'decode_source', 'find_spec', 'module_from_spec',
           'resolve_name', 'source_from_cache', 'source_hash', 'spec_from_file_location', 'spec_from_loader']

MAGIC_NUMBER = (3571).to_bytes(2, 'little') + b'\r\n'
_CACHE_TAG = 'cpython-313'


def resolve_name(name, package):
    """The absolute name of a (possibly relative) module name."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {repr(name)} (required for relative module names)')
    level = len(name) - len(name.lstrip('.'))
    return _resolve_name(name[level:], package, level)


def decode_source(source_bytes):
    return source_bytes.decode('utf-8').replace('\r\n', '\n').replace('\r', '\n')


def source_hash(source_bytes):
    raise NotImplementedError("importlib.util.source_hash is not supported by Tiercel (no .pyc files)")


def cache_from_source(path, debug_override=None, *, optimization=None):
    head, tail = os.path.split(os.fspath(path))
    base, _, _ = tail.rpartition('.')
    suffix = '' if not optimization else f'.opt-{optimization}'
    return os.path.join(head, '__pycache__', f'{base}.{_CACHE_TAG}{suffix}.pyc')


def source_from_cache(path):
    head, pycache_filename = os.path.split(os.fspath(path))
    head, pycache = os.path.split(head)
    if pycache != '__pycache__':
        raise ValueError(f'__pycache__ not bottom-level directory in {path!r}')
    dot_count = pycache_filename.count('.')
    if dot_count not in {2, 3}:
        raise ValueError(f'expected only 2 or 3 dots in {pycache_filename!r}')
    base = pycache_filename.partition('.')[0]
    return os.path.join(head, base + '.py')


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if is_package is None and hasattr(loader, 'is_package'):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    return ModuleSpec(name, loader, origin=origin, is_package=bool(is_package))


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=None):
    """A spec for the module in the source file at location."""
    if location is None:
        location = '<unknown>'
    else:
        location = os.fspath(location)
    if loader is None:
        if not location.endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if submodule_search_locations is None and hasattr(loader, 'is_package'):
        try:
            if loader.is_package(name):
                submodule_search_locations = [os.path.dirname(location)]
        except ImportError:
            pass
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    return spec


def module_from_spec(spec):
    """A new module object for spec, its import attributes set (the code is not run)."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = types.ModuleType(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin
        if spec.cached is not None:
            module.__cached__ = spec.cached
    return module


def _spec_of_loaded(name, module):
    spec = getattr(module, '__spec__', None)
    if spec is not None:
        return spec
    filename = getattr(module, '__file__', None)
    if filename:
        spec = spec_from_file_location(name, filename, loader=_LoadedModuleLoader(name, filename),
                                       submodule_search_locations=getattr(module, '__path__', None))
        return spec
    if name in sys.builtin_module_names:
        return ModuleSpec(name, BuiltinImporter, origin='built-in')
    raise ValueError(f'{name}.__spec__ is None')


class _LoadedModuleLoader(SourceFileLoader):
    """The loader reported for modules the runtime loaded itself (they carry no spec of their own)."""

    def is_package(self, fullname):
        return os.path.basename(self.path) == '__init__.py'


def find_spec(name, package=None):
    """The spec of module name: from sys.modules if loaded, else found on sys.path (or its parent's
    __path__, importing the parent). None when there is no such module."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        return _spec_of_loaded(fullname, module)
    parent_name = fullname.rpartition('.')[0]
    if parent_name:
        parent = __import__(parent_name, fromlist=['__path__'])
        try:
            parent_path = parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(f"__path__ attribute not found on {parent_name!r} while trying to find "
                                      f"{fullname!r}", name=fullname) from e
    else:
        parent_path = None
    spec = BuiltinImporter.find_spec(fullname) if parent_path is None else None
    if spec is None:
        spec = PathFinder.find_spec(fullname, parent_path)
    if spec is None and _in_runtime_library(fullname, parent_path):
        spec = _spec_of_loaded(fullname, sys.modules[fullname])
    return spec


def _in_runtime_library(fullname, parent_path):
    """Whether fullname is a module shipped inside the runtime (its library is not on the file system, so the
    only way to know is to import it)."""
    entries = parent_path if parent_path is not None else sys.path
    if not any(isinstance(e, str) and e.startswith('/tiercel/') for e in entries):
        return False
    try:
        __import__(fullname)
    except ImportError:
        return False
    return fullname in sys.modules
