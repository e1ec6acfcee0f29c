# Subclasses of dict keep builtin behaviour and can override selected methods.
class Histogram(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
        return self
print(Histogram().add("a").add("b").add("a"))
