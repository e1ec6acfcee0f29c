# object.__init__/__new__ reject extra arguments unless overridden.
class Plain:
    pass
try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)
class WithInit:
    def __init__(self, a):
        self.a = a
print(WithInit(5).a)
class WithNew:
    def __new__(cls, a):
        o = super().__new__(cls)
        o.a = a
        return o
print(WithNew(7).a)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
