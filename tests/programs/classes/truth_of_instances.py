# Truth of instances in hot code (TO_BOOL_ALWAYS_TRUE for classes without __bool__ and __len__), and what must
# leave that form: another class, and __bool__/__len__ added to the class later.
class A:
    pass


class B:
    def __len__(self):
        return 0


def t(x):
    return "yes" if x else "no"


r = [t(A()) for _ in range(100)]
print(r[-1], t(B()), t(A()), t(None), t([]))
B.__bool__ = lambda self: True
A.__len__ = lambda self: 0
print(t(A()), t(B()))
del A.__len__
print(t(A()))
