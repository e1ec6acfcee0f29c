# divmod() dispatches to __divmod__/__rdivmod__ of user classes.
class Clock:
    def __init__(self, minutes):
        self.m = minutes
    def __divmod__(self, other):
        return divmod(self.m, other)
    def __rdivmod__(self, other):
        return ("r", divmod(other, self.m))
print(divmod(Clock(135), 60), divmod(1000, Clock(7)))
try:
    divmod("a", 2)
except TypeError as e:
    print("TypeError:", e)
