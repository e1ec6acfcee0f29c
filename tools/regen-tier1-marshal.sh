#!/usr/bin/env bash
# Regenerates tier 1's test resources: the program tests' code objects compiled and marshalled by CPython 3.13,
# so that tier 1 is tested on CPython's own bytecode, independently of our frontend.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
py=${PYTHON313:-/root/.pyenv/versions/3.13.0/bin/python3.13}
cd "$root/tests/programs"
"$py" "$root/modules/tier1/src/test/python/gen_marshal.py" "$root/modules/tier1/src/test/resources/programs" \
    $(ls */*.py | grep -v -e '^modules/' -e '^stdlib/' -e '_mod\.py$')
# Programs of tier 1's own tests (SpecializationFamiliesTest).
"$py" "$root/modules/tier1/src/test/python/gen_marshal.py" "$root/modules/tier1/src/test/resources/programs" \
    "$root"/modules/tier1/src/test/python/families/*.py
