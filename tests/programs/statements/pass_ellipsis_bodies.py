# Bodies made of pass, ... or docstrings only; they still define callable functions and classes.
def noop():
    pass
def todo():
    ...
def documented():
    "Only a docstring."
class Empty:
    pass
class Marker:
    ...
print(noop(), todo(), documented(), documented.__doc__, Empty(), ... is Ellipsis) if False else None
print(noop() is None, todo() is None, documented.__doc__, type(Empty()).__name__, type(...).__name__)
