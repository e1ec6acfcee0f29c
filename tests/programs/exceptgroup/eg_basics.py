# ExceptionGroup construction: message, exceptions, str, repr, class selection and validation errors.
eg = ExceptionGroup("many", [ValueError(1), TypeError("t")])
print(eg.message)
print(eg.exceptions)
print(str(eg))
print(repr(eg))
print(eg.args)
one = ExceptionGroup("one", (KeyError("k"),))
print(str(one))
b = BaseExceptionGroup("base", [ValueError(2)])
print(type(b).__name__)
b2 = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(b2).__name__)
print(isinstance(eg, Exception), isinstance(b2, Exception))
print(issubclass(ExceptionGroup, BaseExceptionGroup))
for args in [("m", []), ("m", [1]), (1, [ValueError()]), ("m", 5)]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)
