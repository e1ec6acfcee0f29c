# Function objects: __name__, __qualname__, __doc__, __module__, custom attributes, annotations.
def outer():
    def inner(a: int, b: "str" = "x") -> bool:
        "Inner doc."
        return True
    return inner

fn = outer()
print(fn.__name__, fn.__qualname__, fn.__doc__, fn.__module__)
print(fn.__annotations__)
print(fn.__code__.co_argcount, fn.__code__.co_varnames, fn.__defaults__)
fn.tag = "custom"
print(fn.tag, fn.__dict__)
fn.__name__ = "renamed"
print(fn.__name__, repr(outer.__doc__))

class K:
    def method(self):
        pass
    @staticmethod
    def sm():
        pass
print(K.method.__qualname__, K.sm.__qualname__, K().method.__func__ is K.method)
print(K().method.__self__.__class__.__name__, callable(fn), callable(3))
