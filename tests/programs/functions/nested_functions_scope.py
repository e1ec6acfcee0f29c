# Nested scopes: reading enclosing variables, shadowing, closures over loop variables in functions.
def make_multipliers():
    result = []
    for i in range(1, 4):
        def mul(x, i=i):
            return x * i
        result.append(mul)
    return result

print([m(10) for m in make_multipliers()])

def outer():
    x = 1
    def middle():
        x = 2
        def inner():
            return x
        return inner()
    return middle(), x
print(outer())

def accumulator():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def get():
        return list(items)
    return add, get
add, get = accumulator()
add("a"); add("b")
print(get(), add.__closure__ is not None)
