"""Compiles Python programs with CPython 3.13 and writes their code objects in marshal format, with the expected
stdout/stderr/exit code, as test resources for tier 1 (independent of our frontend).

    /root/.pyenv/versions/3.13.0/bin/python3.13 modules/tier1/src/test/python/gen_marshal.py OUTDIR FILE.py...
"""
import marshal
import os
import subprocess
import sys

assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"
out_dir = sys.argv[1]
os.makedirs(out_dir, exist_ok=True)
for path in sys.argv[2:]:
    name = os.path.splitext(os.path.basename(path))[0]
    with open(path, encoding="utf-8") as f:
        src = f.read()
    code = compile(src, os.path.basename(path), "exec")
    with open(os.path.join(out_dir, name + ".marshal"), "wb") as f:
        f.write(marshal.dumps(code))
    with open(os.path.join(out_dir, name + ".py"), "w", encoding="utf-8") as f:
        f.write(src)
    r = subprocess.run([sys.executable, os.path.basename(path)], cwd=os.path.dirname(os.path.abspath(path)),
                       capture_output=True)
    with open(os.path.join(out_dir, name + ".out"), "wb") as f:
        f.write(r.stdout)
    if r.stderr:
        # CPython names the script by its absolute path; the marshalled code uses the bare file name.
        err = r.stderr.replace(os.path.abspath(path).encode(), os.path.basename(path).encode())
        with open(os.path.join(out_dir, name + ".err"), "wb") as f:
            f.write(err)
    with open(os.path.join(out_dir, name + ".code"), "w") as f:
        f.write(str(r.returncode) + "\n")
