# Classes nested in classes and functions; __qualname__ reflects the nesting.
class Outer:
    class Inner:
        class Deep:
            pass
        def who(self):
            return type(self).__qualname__
    def make(self):
        return self.Inner()

def factory():
    class Local:
        pass
    return Local

print(Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__, Outer().make().who())
L = factory()
print(L.__qualname__, L.__name__, factory() is not factory())
