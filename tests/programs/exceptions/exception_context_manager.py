# A context manager that converts exceptions, and exceptions raised in __enter__.
class Convert:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is KeyError:
            raise LookupError("converted") from ev
        return False
try:
    with Convert():
        {}["k"]
except LookupError as e:
    print("LookupError:", e, "cause:", repr(e.__cause__))
class FailEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit not called")
try:
    with FailEnter():
        print("body not run")
except RuntimeError as e:
    print("RuntimeError:", e)
