"""``python -m summarize_stats``: see the package's docstring."""

import sys

# absolute import: it works whether or not the runtime sets __package__ for a package's __main__
from summarize_stats import main

sys.exit(main())
