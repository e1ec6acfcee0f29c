#!/usr/bin/env bash
# Regenerates the expected results of the end-to-end program tests with CPython 3.13, never by hand:
# for each tests/{programs,known-failing}/**/NAME.py it writes NAME.out (stdout), and NAME.err / NAME.code only when
# stderr is non-empty / the exit code is not 0. Programs run from their own folder as `python3.13 NAME.py`
# with NAME.stdin (if present) as input, as the harness runs Tiercel (`python3.13 -c "$(cat NAME.py)"` when a
# NAME.dash-c file marks the program as a command string). CPython prints the script's absolute path
# in tracebacks; the folder part is written as <DIR> so the files do not depend on where the repository is
# (the harness does the same to Tiercel's output).
# Modules that programs import, not programs themselves, are named *_mod.py or start with "_": skipped.
#   tools/regen-expected.sh [PROGRAM.py ...]     (default: every program)
#   PYTHON313=/path/to/python3.13 overrides where CPython 3.13 is looked for.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
py=${PYTHON313:-}
if [ -z "$py" ]; then
    for c in /usr/bin/python3.13 /root/.pyenv/versions/3.13*/bin/python3.13 "$(command -v python3.13 || true)"; do
        [ -x "$c" ] && { py=$c; break; }
    done
fi
[ -n "$py" ] && "$py" -c 'import sys; assert sys.version_info[:2] == (3, 13)' || { echo "no CPython 3.13 found" >&2; exit 1; }
if [ $# -gt 0 ]; then
    files=("$@")
else
    mapfile -t files < <(find "$root/tests/programs" "$root/tests/known-failing" -name '*.py' ! -name '*_mod.py' ! -name '_*' | sort)
fi
for f in "${files[@]}"; do
    dir=$(cd "$(dirname "$f")" && pwd); name=$(basename "$f" .py)
    [ -f "$dir/$name.stdin" ] && input="$dir/$name.stdin" || input=/dev/null
    set +e
    # NAME.dash-c: the program text is passed with -c instead of as a file (trailing newlines dropped, as $(...) does)
    if [ -f "$dir/$name.dash-c" ]; then run=(-c "$(cat "$dir/$name.py")"); else run=("$name.py"); fi
    (cd "$dir" && PYTHONHASHSEED=0 timeout 120 "$py" "${run[@]}" <"$input" >"$name.out" 2>"$name.err")
    code=$?
    set -e
    for kind in out err; do
        sed -i "s#$dir/#<DIR>/#g" "$dir/$name.$kind"
    done
    [ -s "$dir/$name.err" ] || rm -f "$dir/$name.err"
    if [ $code -ne 0 ]; then echo $code > "$dir/$name.code"; else rm -f "$dir/$name.code"; fi
done
echo "regenerated ${#files[@]} expected results with $("$py" -V)"
