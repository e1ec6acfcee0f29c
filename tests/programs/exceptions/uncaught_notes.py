# Notes added with add_note() are printed after the exception line.
def validate(x):
    if x < 0:
        e = ValueError(f"negative: {x}")
        e.add_note("values must be >= 0")
        e.add_note("multi-line note\nsecond line")
        raise e

validate(-5)
