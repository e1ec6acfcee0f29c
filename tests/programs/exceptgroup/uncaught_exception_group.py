# An uncaught ExceptionGroup raised from a function prints the boxed group traceback.
def validate(items):
    errors = [ValueError(f"bad item {i}") for i in items if i < 0]
    if errors:
        raise ExceptionGroup("validation failed", errors)
validate([1, -2, 3, -4])
