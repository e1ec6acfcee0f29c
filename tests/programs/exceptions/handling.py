def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise KeyError("one")
    if n == 2:
        return 1 / 0
    return n

for i in range(4):
    try:
        print("ok", risky(i))
    except ValueError as e:
        print("ValueError", e)
    except (KeyError, ZeroDivisionError) as e:
        print(type(e).__name__, e, repr(e))
    else:
        print("else branch")
    finally:
        print("finally", i)


class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


try:
    raise MyError(42)
except Exception as e:
    print(e, e.code, e.args, isinstance(e, MyError))

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__cause__.args)

def f():
    try:
        return "try"
    finally:
        print("cleanup")

print(f())
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    [1, 2][5]
except IndexError as e:
    print(e)
try:
    None.attr
except AttributeError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    def g(a): pass
    g(1, 2)
except TypeError as e:
    print(e)
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("assert", e)
try:
    raise StopIteration
except Exception as e:
    print(type(e).__name__, isinstance(e, Exception))
def nested():
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("outer")
try:
    nested()
except TypeError as e:
    print(e, type(e.__context__).__name__)
for exc in (ZeroDivisionError, ArithmeticError, LookupError):
    try:
        1 / 0
    except exc as e:
        print(exc.__name__, "caught", e)
    except Exception:
        print(exc.__name__, "not caught")
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(bool, int))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == "")
import sys
try:
    raise KeyError("k")
except KeyError:
    print(sys.exc_info()[0].__name__, repr(sys.exception()))
e = None
try:
    x = [1][1]
except IndexError as err:
    e = err
print(type(e).__name__)
