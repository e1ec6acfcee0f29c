# A subclass of ExceptionGroup with derive() keeps its type and extra state through split().
class Tagged(ExceptionGroup):
    def __new__(cls, message, excs, tag=None):
        obj = super().__new__(cls, message, excs)
        obj.tag = tag
        return obj

    def derive(self, excs):
        return Tagged(self.message, excs, self.tag)

eg = Tagged("t", [ValueError(1), TypeError(2)], "blue")
m, r = eg.split(ValueError)
print(type(m).__name__, m.tag, repr(m.exceptions))
print(type(r).__name__, r.tag, repr(r.exceptions))
print(isinstance(eg, ExceptionGroup))

class Plain(ExceptionGroup):
    pass

p = Plain("p", [ValueError(1), KeyError(2)])
m, r = p.split(KeyError)
print(type(m).__name__, type(r).__name__)
