# derive() is used by split(); the default derive makes plain groups, losing the subclass.
class Batch(ExceptionGroup):
    pass
b = Batch("batch", [ValueError(1), TypeError(2)])
m, r = b.split(ValueError)
print(type(b).__name__, type(m).__name__, type(r).__name__, m.message)
print(repr(b.derive([KeyError(3)])))
