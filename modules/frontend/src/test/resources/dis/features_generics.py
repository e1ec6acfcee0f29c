type Alias = int
type Pair[T] = tuple[T, T]

def first[T](xs: list[T]) -> T:
    return xs[0]

def bounded[T: int, *Ts, **P](x: T = 1, *, y=2) -> T:
    return x

class Box[T]:
    def get(self) -> T:
        return self.item

class Sub[K: (str, bytes), V = int](Box[K], metaclass=type):
    pass
