# None in sys.modules stops an import (ModuleNotFoundError naming the module), for builtin, Python and dotted
# modules alike, until the entry goes away.
import sys

for name in ('math', '_heapq', 'json', 'json.decoder'):
    saved = sys.modules.get(name)
    sys.modules[name] = None
    try:
        __import__(name)
        print(name, 'imported')
    except ImportError as e:
        print(name, type(e).__name__, e, e.name)
    if saved is None:
        del sys.modules[name]
    else:
        sys.modules[name] = saved
import math
import json.decoder
print(math.sqrt(16), json.decoder.__name__)
