#!/usr/bin/env bash
# Regenerates modules/frontend/src/test/resources/dis/NAME.dis.txt for our own test programs with CPython 3.13
# (code-object addresses normalized). The programs from shared/examples keep the saved 3.13.5 reference output;
# 3.13.0 differs from it only inside comprehensions, so programs listed here avoid comprehensions.
#   tools/gen-dis-expected.sh [python3.13]
set -euo pipefail
PY=${1:-/root/.pyenv/versions/3.13.0/bin/python3.13}
cd "$(dirname "$0")/../modules/frontend/src/test/resources/dis"
for name in features_basic features_calls features_async features_match features_trystar features_generics features_future; do
    "$PY" -m dis "$name.py" | sed -E 's/0x[0-9a-f]{6,}/0xDEADBEEF/g' > "$name.dis.txt"
done
