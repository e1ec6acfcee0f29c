"""Compiles every source of a syntax_mutants.py file and prints one result line each (CPython or Tiercel)."""
import sys
out = []
with open(sys.argv[1]) as f:
    for i, line in enumerate(f):
        src = eval(line)
        try:
            compile(src, '<m>', 'exec')
            out.append(f"{i}|OK")
        except SyntaxError as e:
            out.append(f"{i}|{type(e).__name__}|{e.msg}|{e.lineno}|{e.offset}|{e.end_lineno}|{e.end_offset}")
        except (RecursionError, MemoryError, ValueError) as e:
            out.append(f"{i}|{type(e).__name__}|{e}")
print("\n".join(out))
