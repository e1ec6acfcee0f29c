import helper_mod
from helper_mod import greet, VALUE
import helper_mod as hm
import sys
print(greet("world"), VALUE, hm is helper_mod, "helper_mod" in sys.modules)
print(sys.version_info[:2], sys.version_info.major, sys.implementation.name in ("cpython", "tiercel"), type(sys.maxsize), sys.byteorder)
print(__name__, helper_mod.__name__, sys.argv[0].endswith("importer.py"))
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(e)
try:
    from helper_mod import missing_name
except ImportError as e:
    print(str(e).split(" (")[0])
