# A walrus target inside a module-level list comprehension (inlined, STORE_GLOBAL in the loop).
# Known failing only in tier 2 (tiercel-interp with -X tier2-threshold=1): the trace raises an internal
# ArrayIndexOutOfBoundsException; tier 1 and CPython print the lists below.
data = [1, 5, 12, 7, 20]
print([y for x in data if (y := x * 2) > 10], y)
total = 0
print([total := total + x for x in data], total)
