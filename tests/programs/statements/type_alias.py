# PEP 695: type aliases and generic functions/classes with type parameters.
type Pair = tuple[int, int]
type ListOf[T] = list[T]
print(Pair, Pair.__name__, Pair.__value__)
print(ListOf.__type_params__, ListOf[int])

def first[T](items: list[T]) -> T:
    return items[0]

class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item

print(first([3, 4]), Box("x").get(), first.__type_params__, Box.__type_params__)
T = first.__type_params__[0]
print(type(T).__name__, T.__name__)
