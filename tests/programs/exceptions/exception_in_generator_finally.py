# An exception raised in a generator's finally during close() propagates from close().
def g():
    try:
        yield 1
    finally:
        raise RuntimeError("finally failed")
gen = g()
next(gen)
try:
    gen.close()
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", type(e.__context__).__name__)
def h():
    try:
        yield 1
    finally:
        print("h cleanup")
for v in h():
    pass
print("loop done")
