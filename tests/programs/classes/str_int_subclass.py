# Subclasses of str: instances must keep the subclass (methods, type) through construction.
# Known failing: str(...)/int.__new__ for a str/int subclass build plain str/int, so the subclass is lost.
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hi")
print(u.shout(), u + "x", len(u), isinstance(u, str), type(u).__name__)
class Positive(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
p = Positive(-5)
print(p, p + 1, type(p).__name__, type(p + 1).__name__)
