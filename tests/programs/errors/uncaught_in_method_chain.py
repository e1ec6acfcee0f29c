# A traceback through a method calling a nested function that divides by zero.
class Stats:
    def __init__(self, values):
        self.values = values
    def mean(self):
        def total():
            return sum(self.values)
        return total() / len(self.values)
print(Stats([1, 2, 3]).mean())
print(Stats([]).mean())
