# The builtin exception hierarchy: catching by base class, tuples, and except order.
checks = [ZeroDivisionError, OverflowError, KeyError, IndexError, FileNotFoundError, PermissionError,
          UnboundLocalError, RecursionError, NotImplementedError, ModuleNotFoundError, UnicodeDecodeError,
          TimeoutError, StopAsyncIteration, GeneratorExit, KeyboardInterrupt, SystemExit]
for c in checks:
    print(c.__name__, [b.__name__ for b in c.__mro__[1:-1]])
try:
    {}["x"]
except (IndexError, LookupError) as e:
    print("caught", type(e).__name__, "as LookupError")
try:
    raise FileNotFoundError("f")
except OSError as e:
    print("OSError family:", type(e).__name__, isinstance(e, Exception))
print(issubclass(BaseExceptionGroup, BaseException), issubclass(ExceptionGroup, Exception))
