#!/usr/bin/env bash
# Runs CPython 3.13's own unit tests for the standard-library modules that Tiercel ships in Python
# against Tiercel's versions (python-lib first on the path, itertools preloaded), one line per suite.
# A development aid: failures about C-only details are expected (see modules/stdlib/PYTHON-LIB.md).
#   tools/run-cpython-stdlib-tests.sh [test_heapq ...]
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
py=${PYTHON313:-/root/.pyenv/versions/3.13.0/bin/python3.13}
lib="$root/modules/stdlib/src/main/resources/python-lib"
if [ $# -gt 0 ]; then suites=("$@"); else
    suites=(test_heapq test_bisect test_keyword test_operator test_string test_copy test_reprlib
            test_functools test_itertools test_collections test_json test_textwrap test_fnmatch
            test_statistics test_fractions test_contextlib test_enum test_dataclasses test_random)
fi
runner=$(mktemp --suffix=.py)
trap 'rm -f "$runner"' EXIT
cat > "$runner" <<'PY'
import sys, importlib, importlib.util, unittest
lib, suite = sys.argv[1], sys.argv[2]
sys.path.insert(0, lib)
spec = importlib.util.spec_from_file_location('itertools', f'{lib}/itertools.py')
module = importlib.util.module_from_spec(spec)
sys.modules['itertools'] = module
spec.loader.exec_module(module)
tests = importlib.import_module('test.' + suite)
if suite == 'test_itertools':
    del tests.TestBasicOps.test_tee_concurrent     # needs real threads
result = unittest.main(module=tests, argv=['x'], exit=False).result
print(f'{suite}: {result.testsRun} run, {len(result.failures)} failures, {len(result.errors)} errors',
      file=sys.__stdout__)
PY
for s in "${suites[@]}"; do
    (ulimit -v 4000000; PYTHONPATH="$lib" timeout 600 "$py" -S "$runner" "$lib" "$s" 2>/dev/null | tail -1)
done
