# BaseExceptionGroup holds BaseExceptions; except* can catch KeyboardInterrupt out of one.
try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
except* KeyboardInterrupt as e:
    print("KI:", repr(e))
except* ValueError as e:
    print("VE:", repr(e))
g = BaseExceptionGroup("b", [SystemExit(3), ValueError(1)])
m, r = g.split(Exception)
print(type(m).__name__, repr(m))
print(type(r).__name__, repr(r))
print(repr(g.derive([ValueError(5)])))
