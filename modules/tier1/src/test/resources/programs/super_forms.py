class A:
    def hi(self):
        return "A"
class B(A):
    def hi(self):
        s = super()
        return "B>" + s.hi()
print(B().hi())
