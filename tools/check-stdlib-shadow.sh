#!/usr/bin/env bash
# Runs every tests/{programs,known-failing}/stdlib/*.py under CPython 3.13 with Tiercel's pure-Python library first on
# the path (site disabled) and compares stdout (and stderr when an .err file exists) with the expected
# results that tools/regen-expected.sh produced from real CPython. Modules compiled into CPython
# (itertools) are preloaded from the library by tools/stdlib-shadow-run.py.
#   tools/check-stdlib-shadow.sh [PROGRAM.py ...]
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
py=${PYTHON313:-/root/.pyenv/versions/3.13.0/bin/python3.13}
lib="$root/modules/stdlib/src/main/resources/python-lib"
# Modules written in Python but not shipped yet (waiting for a runtime feature; modules/stdlib/README.md)
pending="$root/modules/stdlib/src/pending/python-lib"
if [ $# -gt 0 ]; then files=("$@"); else mapfile -t files < <(ls "$root"/tests/programs/stdlib/*.py "$root"/tests/known-failing/stdlib/*.py | grep -v "_mod\.py$" | sort); fi
pass=0; fail=0
tmp=$(mktemp -d)
for f in "${files[@]}"; do
    dir=$(cd "$(dirname "$f")" && pwd); name=$(basename "$f" .py)
    [ -f "$dir/$name.stdin" ] && input="$dir/$name.stdin" || input=/dev/null
    (cd "$dir" && PYTHONHASHSEED=0 PYTHONPATH="$lib:$pending" timeout 120 "$py" -S "$root/tools/stdlib-shadow-run.py" "$lib" "$name.py" <"$input" >"$tmp/out" 2>"$tmp/err")
    code=$?
    ok=1
    cmp -s "$tmp/out" "$dir/$name.out" || ok=0
    if [ -f "$dir/$name.err" ]; then cmp -s "$tmp/err" "$dir/$name.err" || ok=0; fi
    want=0; [ -f "$dir/$name.code" ] && want=$(cat "$dir/$name.code")
    [ "$code" = "$want" ] || ok=0
    if [ $ok = 1 ]; then pass=$((pass+1)); else
        fail=$((fail+1)); echo "FAIL: $name (exit $code, want $want)"
        diff "$tmp/out" "$dir/$name.out" | head -${DIFFLINES:-10}
        [ -f "$dir/$name.err" ] && diff "$tmp/err" "$dir/$name.err" | head -${DIFFLINES:-10}
    fi
done
rm -rf "$tmp"
echo "$pass passed, $fail failed"
[ $fail = 0 ]
