#!/usr/bin/env bash
# Runs the programs of tests/known-failing (programs written here whose expected output, made by CPython 3.13,
# Tiercel does not yet reproduce) through one image and says which now pass, so they can move back into
# tests/programs. Not part of ./build.sh test: these are open work, listed in docs/status.md.
#   tools/check-known-failing.sh [IMAGE]      (default tiercel-tier1)
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tiercel=$root/distribution/target/images/${1:-tiercel-tier1}/bin/tiercel
pass=0; fail=0
while IFS= read -r f; do
    dir=$(dirname "$f"); name=$(basename "$f" .py)
    [ -f "$dir/$name.out" ] || continue
    out=$(cd "$dir" && PYTHONHASHSEED=0 timeout 120 "$tiercel" "$name.py" 2>/tmp/known-failing.err </dev/null)
    code=$?
    err=$(sed "s#$dir/#<DIR>/#g" /tmp/known-failing.err)
    want_code=$(cat "$dir/$name.code" 2>/dev/null || echo 0)
    want_err=$(cat "$dir/$name.err" 2>/dev/null || true)
    if [ "$out" == "$(cat "$dir/$name.out")" ] && [ "$err" == "$want_err" ] && [ "$code" == "$want_code" ]; then
        pass=$((pass + 1)); echo "now passes: ${f#$root/}"
    else
        fail=$((fail + 1)); echo "fails: ${f#$root/}"
    fi
done < <(find "$root/tests/known-failing" -name '*.py' | sort)
echo "known-failing: $pass passed, $fail failed"
