import warnings


def helper():
    warnings.warn("from helper", stacklevel=2)


def f():
    warnings.warn("first warning")
    warnings.warn("deprecated here", DeprecationWarning)
    helper()


for i in range(3):
    f()
warnings.warn("module level", FutureWarning)
warnings.warn("main deprecation", DeprecationWarning)
warnings.warn_explicit("explicit one", RuntimeWarning, "somewhere.py", 7)
warnings.simplefilter("error")
try:
    f()
except UserWarning as e:
    print("caught", e)
warnings.simplefilter("ignore")
f()
print("done")
