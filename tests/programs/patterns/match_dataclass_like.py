# Matching a small AST built from classes: a recursive evaluator.
class Num:
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value

class BinOp:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

def evaluate(node):
    match node:
        case Num(v):
            return v
        case BinOp("+", l, r):
            return evaluate(l) + evaluate(r)
        case BinOp("*", l, r):
            return evaluate(l) * evaluate(r)
        case BinOp("-", l, Num(0)):
            return evaluate(l)
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op}")

tree = BinOp("+", Num(2), BinOp("*", Num(3), BinOp("-", Num(4), Num(0))))
print(evaluate(tree))
try:
    evaluate(BinOp("/", Num(1), Num(2)))
except ValueError as e:
    print("ValueError:", e)
