# An uncaught exception whose __str__ is customised; the traceback uses it.
class ParseError(Exception):
    def __init__(self, line, col):
        super().__init__(line, col)
        self.line, self.col = line, col
    def __str__(self):
        return f"syntax problem at {self.line}:{self.col}"
def parse():
    raise ParseError(3, 14)
parse()
