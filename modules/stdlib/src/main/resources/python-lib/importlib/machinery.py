"""Import-system building blocks: ModuleSpec, loaders and finders (the ones programs construct)."""

import os
import sys

__all__ = ['ModuleSpec', 'BuiltinImporter', 'FrozenImporter', 'PathFinder', 'FileFinder', 'SourceFileLoader',
           'SourcelessFileLoader', 'ExtensionFileLoader', 'SOURCE_SUFFIXES', 'BYTECODE_SUFFIXES',
           'EXTENSION_SUFFIXES', 'DEBUG_BYTECODE_SUFFIXES', 'OPTIMIZED_BYTECODE_SUFFIXES', 'all_suffixes']

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """What the import system knows about a module before loading it."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._cached = None
        self._set_fileattr = False

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader and self.origin == other.origin
                and self.submodule_search_locations == other.submodule_search_locations
                and self.cached == other.cached and self.has_location == other.has_location)

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            if self.origin.endswith('.py'):
                import importlib.util
                self._cached = importlib.util.cache_from_source(self.origin)
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class BuiltinImporter:
    """Finds and loads the modules built into the runtime."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None or fullname not in _builtin_names():
            return None
        return ModuleSpec(fullname, cls, origin='built-in')

    @classmethod
    def create_module(cls, spec):
        return __import__(spec.name)

    @classmethod
    def exec_module(cls, module):
        pass


def _builtin_names():
    names = set(sys.builtin_module_names)
    return names


class FrozenImporter:
    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None


class FileLoader:
    """Loads a module from a file given by path."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def is_package(self, fullname):
        filename = os.path.split(self.get_filename(fullname))[1]
        return filename.rsplit('.', 1)[0] == '__init__'

    def create_module(self, spec):
        return None

    def load_module(self, fullname=None):
        import importlib.util
        fullname = fullname or self.name
        spec = importlib.util.spec_from_file_location(fullname, self.path, loader=self)
        module = importlib.util.module_from_spec(spec)
        sys.modules[fullname] = module
        self.exec_module(module)
        return module


class SourceLoader:
    def get_source(self, fullname):
        import importlib.util
        return importlib.util.decode_source(self.get_data(self.get_filename(fullname)))

    def source_to_code(self, data, path='<string>'):
        if isinstance(data, bytes):
            data = data.decode('utf-8')
        return compile(data, path, 'exec', dont_inherit=True)

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(path), path)

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f'cannot load module {module.__name__!r} when get_code() returns None')
        exec(code, module.__dict__)


class SourceFileLoader(FileLoader, SourceLoader):
    """Loads Python source files."""

    def path_stats(self, path):
        st = os.stat(path)
        return {'mtime': st.st_mtime, 'size': st.st_size}


class SourcelessFileLoader(FileLoader):
    def exec_module(self, module):
        raise ImportError("bytecode files are not supported by Tiercel", name=module.__name__)


class ExtensionFileLoader(FileLoader):
    def exec_module(self, module):
        raise ImportError("extension modules are not supported by Tiercel", name=module.__name__)


class PathFinder:
    """Finds modules in the folders of sys.path (or a package's __path__)."""

    @classmethod
    def invalidate_caches(cls):
        pass

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None:
            path = sys.path
        tail = fullname.rpartition('.')[2]
        for entry in path:
            if not isinstance(entry, str):
                continue
            finder = FileFinder(entry or os.getcwd())
            spec = finder.find_spec(fullname, target, _tail=tail)
            if spec is not None:
                return spec
        return None


class FileFinder:
    """Finds a module's source file in one folder."""

    def __init__(self, path, *loader_details):
        self.path = path or '.'

    def invalidate_caches(self):
        pass

    def __repr__(self):
        return f'FileFinder({self.path!r})'

    def find_spec(self, fullname, target=None, _tail=None):
        import importlib.util
        tail = _tail or fullname.rpartition('.')[2]
        package_dir = os.path.join(self.path, tail)
        init = os.path.join(package_dir, '__init__.py')
        if os.path.isfile(init):
            return importlib.util.spec_from_file_location(fullname, init,
                                                          submodule_search_locations=[package_dir])
        source = os.path.join(self.path, tail + '.py')
        if os.path.isfile(source):
            return importlib.util.spec_from_file_location(fullname, source)
        if os.path.isdir(package_dir):
            spec = ModuleSpec(fullname, None, is_package=True)
            spec.submodule_search_locations = [package_dir]
            return spec
        return None
