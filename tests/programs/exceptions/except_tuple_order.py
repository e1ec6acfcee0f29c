# The first matching except clause wins; tuples of classes; bare except catches everything.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup: " + type(e).__name__
    except ArithmeticError as e:
        return "arith: " + type(e).__name__
    except Exception as e:
        return "other: " + type(e).__name__
    except:
        return "bare"

for exc in [KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), SystemExit(), KeyboardInterrupt()]:
    print(classify(exc))
