#!/usr/bin/env bash
# Regenerates the expected outputs of every program from CPython 3.13 (the oracle), and the tier-1 marshal
# test resources (code objects compiled by CPython 3.13) for the programs outside modules/.
set -euo pipefail
py=/root/.pyenv/versions/3.13.0/bin/python3.13
cd "$(dirname "$0")"
for f in */*.py; do
    d=$(dirname "$f"); n=$(basename "$f" .py)
    [ "$n" = helper_mod ] && continue
    (cd "$d" && set +e; "$py" "$n.py" > "$n.out" 2> "$n.err"; echo $? > "$n.code")
done
"$py" ../../modules/tier1/src/test/python/gen_marshal.py ../../modules/tier1/src/test/resources/programs \
    /work/shared/examples/*.py $(ls */*.py | grep -v '^modules/')
