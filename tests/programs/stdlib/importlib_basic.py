import importlib
import importlib.machinery
import importlib.util
import os
import shutil
import sys
import tempfile
import types

json = importlib.import_module('json')
print(json.__name__, json is sys.modules['json'], importlib.import_module('json.decoder').__name__)
print(importlib.import_module('.decoder', 'json').__name__, importlib.import_module('..encoder', 'json.decoder').__name__)
for args in [('.x',), ('...x', 'a.b'), ('no_such_module_xyz',), ('json.no_such_sub',), ('',)]:
    try:
        importlib.import_module(*args)
    except (ImportError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(importlib.util.resolve_name('.b', 'a'), importlib.util.resolve_name('..c', 'a.b'), importlib.util.resolve_name('x', None))
print(importlib.invalidate_caches(), importlib.util.MAGIC_NUMBER, importlib.machinery.SOURCE_SUFFIXES)
print(importlib.util.cache_from_source('/p/mod.py'), importlib.util.source_from_cache('/p/__pycache__/mod.cpython-313.pyc'))

base = tempfile.mkdtemp()
try:
    with open(os.path.join(base, 'tiercel_probe_mod.py'), 'w') as f:
        f.write('VALUE = 1\ncounter = globals().get("counter", 0) + 1\n')
    os.makedirs(os.path.join(base, 'tiercel_probe_pkg'))
    with open(os.path.join(base, 'tiercel_probe_pkg', '__init__.py'), 'w') as f:
        f.write('NAME = "pkg"\n')
    with open(os.path.join(base, 'tiercel_probe_pkg', 'child.py'), 'w') as f:
        f.write('from . import NAME\nCHILD = NAME + ".child"\n')
    sys.path.insert(0, base)
    mod = importlib.import_module('tiercel_probe_mod')
    print(mod.VALUE, mod.counter)
    with open(os.path.join(base, 'tiercel_probe_mod.py'), 'w') as f:
        f.write('VALUE = 2\ncounter = globals().get("counter", 0) + 1\nNEW = True\n')
    again = importlib.reload(mod)
    print(again is mod, mod.VALUE, mod.counter, mod.NEW)
    print(importlib.import_module('tiercel_probe_pkg.child').CHILD,
          importlib.import_module('.child', 'tiercel_probe_pkg').CHILD)
    spec = importlib.util.find_spec('tiercel_probe_pkg')
    print(spec.name, spec.submodule_search_locations == [os.path.join(base, 'tiercel_probe_pkg')],
          os.path.basename(spec.origin), spec.parent)
    spec = importlib.util.find_spec('tiercel_probe_pkg.child')
    print(spec.name, os.path.basename(spec.origin), spec.parent, spec.submodule_search_locations)
    print(importlib.util.find_spec('no_such_module_xyz'), importlib.util.find_spec('json') is not None,
          importlib.util.find_spec('sys').origin)
    path = os.path.join(base, 'loose.py')
    with open(path, 'w') as f:
        f.write('def hello():\n    return "hello from " + __name__\n')
    spec = importlib.util.spec_from_file_location('loose_module', path)
    print(type(spec).__name__, spec.name, type(spec.loader).__name__, spec.origin == path, spec.has_location)
    module = importlib.util.module_from_spec(spec)
    print(type(module).__name__, module.__name__, module.__file__ == path, module.__spec__ is spec,
          hasattr(module, 'hello'))
    spec.loader.exec_module(module)
    print(module.hello(), 'loose_module' in sys.modules)
    print(importlib.util.spec_from_file_location('x', os.path.join(base, 'data.txt')))
    m = types.ModuleType('made', 'the doc')
    print(m, m.__doc__, m.__spec__, m.__package__)
    try:
        importlib.reload(m)
    except ImportError as e:
        print('ImportError', e)
    try:
        importlib.reload('json')
    except TypeError as e:
        print('TypeError', e)
    s = importlib.machinery.ModuleSpec('a.b', None, origin='/x/b.py')
    print(s, s.parent, importlib.machinery.ModuleSpec('pkg', None, is_package=True))
finally:
    sys.path.remove(base)
    shutil.rmtree(base)
