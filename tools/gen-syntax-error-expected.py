#!/usr/bin/env python3.13
"""Regenerates modules/frontend/src/test/resources/syntax/expected.tsv with CPython 3.13.

Each line: escaped source TAB ExceptionName|msg|lineno|offset|end_lineno|end_offset (or OK). None becomes 0.
Run: /root/.pyenv/versions/3.13.0/bin/python3.13 tools/gen-syntax-error-expected.py
"""
import pathlib
import sys

assert sys.version_info[:2] == (3, 13), "needs CPython 3.13"
here = pathlib.Path(__file__).resolve().parent.parent / "modules/frontend/src/test/resources/syntax"
ns = {}
exec((here / "cases.py").read_text(), ns)


def escape(s):
    out = []
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 32 or ord(ch) > 126:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


lines = []
for src in ns["cases"]:
    try:
        compile(src, "<string>", "exec")
        result = "OK"
    except SyntaxError as e:
        result = (f"{type(e).__name__}|{e.msg}|{e.lineno or 0}|{e.offset or 0}"
                  f"|{e.end_lineno or 0}|{e.end_offset or 0}")
    lines.append(escape(src) + "\t" + result)
(here / "expected.tsv").write_text("\n".join(lines) + "\n")
