"""Runs a test program under CPython with Tiercel's pure-Python library preloaded.

Usage: python3.13 -S tools/stdlib-shadow-run.py LIBDIR PROGRAM.py

Most library modules shadow CPython's simply by being first on sys.path, but a few (itertools)
are compiled into CPython and would always win; those are loaded from LIBDIR explicitly and
installed in sys.modules before the program runs.
"""
import sys
import importlib.util

lib, program = sys.argv[1], sys.argv[2]
sys.path.insert(0, lib)
for name in ('itertools',):
    spec = importlib.util.spec_from_file_location(name, f'{lib}/{name}.py')
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)

sys.argv = [program]
sys.path.insert(0, '.')     # the program's folder, as for any script (programs run from there)
with open(program, encoding='utf-8') as f:
    code = compile(f.read(), program, 'exec')
runner = sys.modules['__main__']
main = type(sys)('__main__')
main.__file__ = program
main.__builtins__ = __builtins__
sys.modules['__main__'] = main
try:
    exec(code, main.__dict__)
except SystemExit:
    raise
except BaseException as exc:
    import traceback
    # Drop this runner's own frame so that tracebacks look like a direct run.
    traceback.print_exception(type(exc), exc, exc.__traceback__.tb_next)
    sys.exit(1)
