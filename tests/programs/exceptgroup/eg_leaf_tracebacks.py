# Leaf exceptions keep their own tracebacks when grouped; the group gets one when raised.
def fail(i):
    raise ValueError(i)
errors = []
for i in range(2):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
eg = ExceptionGroup("two", errors)
print(eg.__traceback__ is None, [e.__traceback__ is not None for e in eg.exceptions])
try:
    raise eg
except ExceptionGroup as g:
    print(g.__traceback__ is not None, g is eg)
