# An uncaught ExceptionGroup raised from a function prints the boxed group traceback.
# Known failing only in tier 2 (tiercel-interp with -X tier2-threshold=1): a side trace taken from a hot
# branch exit keeps going down the wrong side of the branch; tier 1 and CPython agree on the output.
def validate(items):
    errors = [ValueError(f"bad item {i}") for i in items if i < 0]
    if errors:
        raise ExceptionGroup("validation failed", errors)
validate([1, -2, 3, -4])
