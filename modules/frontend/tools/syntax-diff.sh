#!/usr/bin/env bash
# Differential check of syntax errors against CPython 3.13: seeded token mutations of the dis test programs,
# compiled by CPython and by Tiercel; prints how many of them get a different (type, message, line, offset,
# end line, end offset). Not part of the build (it needs CPython 3.13 and an image or tools/tiercel-dev).
#   modules/frontend/tools/syntax-diff.sh [SEED] [COUNT] [TIERCEL]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../../.." && pwd)
seed=${1:-1}; count=${2:-1500}; tiercel=${3:-$root/distribution/target/images/tiercel-jit/bin/tiercel}
py=${PYTHON313:-/root/.pyenv/versions/3.13.0/bin/python3.13}
work=$(mktemp -d)
"$py" "$here/syntax_mutants.py" "$seed" "$count" "$root/modules/frontend/src/test/resources/dis" "$work/mutants.txt"
"$py" "$here/syntax_results.py" "$work/mutants.txt" > "$work/cpython.txt" 2>/dev/null
"$tiercel" "$here/syntax_results.py" "$work/mutants.txt" > "$work/tiercel.txt" 2>/dev/null
differ=$(diff "$work/cpython.txt" "$work/tiercel.txt" | grep -c '^<' || true)
errors=$(grep -vc '|OK' "$work/cpython.txt" || true)
echo "seed $seed: $count mutants, $errors are errors for CPython; $differ differ (details: diff $work/cpython.txt $work/tiercel.txt)"
