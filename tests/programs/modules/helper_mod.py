"""A helper module imported by importer.py."""
VALUE = 42

def greet(name):
    return f"hello {name}"

print("helper_mod imported as", __name__)
