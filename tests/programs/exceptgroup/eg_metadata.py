# Derived groups from split() copy __cause__, __context__, __notes__ and __traceback__ from the original.
def boom():
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)]) from RuntimeError("cause")

try:
    boom()
except ExceptionGroup as e:
    e.add_note("a note")
    eg = e
m, r = eg.split(ValueError)
print(repr(m.__cause__), repr(m.__context__), m.__notes__)
print(m.__notes__ is eg.__notes__, m.__notes__ == eg.__notes__)
print(m.__traceback__ is eg.__traceback__)
print(repr(r.__cause__), r.__notes__)
