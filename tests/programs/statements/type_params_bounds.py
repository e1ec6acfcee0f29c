# PEP 695 bounds and constraints are evaluated lazily; generic aliases can be subscripted.
type Num = int | float
def clamp[T: (int, float)](x: T, lo: T, hi: T) -> T:
    return max(lo, min(x, hi))

def biggest[N: Num](items: list[N]) -> N:
    return max(items)

print(clamp(15, 0, 10), biggest([1, 2.5]))
T = clamp.__type_params__[0]
N = biggest.__type_params__[0]
print(T.__constraints__, T.__bound__, N.__bound__, N.__bound__.__value__)

type Later = Undefined
print(Later.__name__)
try:
    Later.__value__
except NameError as e:
    print("NameError:", e)

class Stack[T]:
    def __init__(self):
        self.items: list[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def pop(self) -> T:
        return self.items.pop()

s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, Stack.__type_params__, type(s).__name__)
type Matrix[T] = list[list[T]]
print(Matrix[float], Matrix.__value__)
