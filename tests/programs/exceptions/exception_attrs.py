# Exception objects: args, str/repr forms, with_traceback, custom attributes and __init__.
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

try:
    raise AppError(404, "not found")
except AppError as e:
    print(e.code, e.args, str(e), repr(e), type(e).__mro__[1].__name__)
for exc in [Exception(), Exception("one"), Exception("a", 2), KeyError("k"), KeyError(), OSError(2, "nope"),
            StopIteration(5), SystemExit(3), UnicodeError("u")]:
    print(type(exc).__name__, repr(str(exc)), repr(exc), exc.args)
print(StopIteration(5).value, SystemExit(3).code, SystemExit().code)
e = ValueError("tb")
print(e.__traceback__, e.with_traceback(None) is e)
class Silent(Exception):
    def __str__(self):
        return "custom str"
print(str(Silent("ignored")), repr(Silent("x")))
