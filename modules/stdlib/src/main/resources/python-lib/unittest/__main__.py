"""``python -m unittest``: run tests named on the command line, or discover them."""

import sys
import os

__unittest = True

if sys.argv[0].endswith("__main__.py"):
    executable = os.path.basename(sys.executable) or 'python'
    sys.argv[0] = executable + " -m unittest"

from unittest.main import main   # absolute: the launcher runs -m packages without __package__

main(module=None)
