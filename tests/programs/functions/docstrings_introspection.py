# Docstrings of functions, classes and modules-level objects; __doc__ is None without one.
def with_doc():
    """First line.

    More details.
    """
def without():
    x = "not a docstring"
class K:
    "Class doc."
    def m(self):
        "Method doc."
print(repr(with_doc.__doc__), without.__doc__, K.__doc__, K.m.__doc__, K().m.__doc__)
