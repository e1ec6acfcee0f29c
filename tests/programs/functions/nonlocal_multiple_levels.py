# nonlocal reaches the nearest enclosing function that binds the name, across several levels.
def a():
    x = "a"
    def b():
        def c():
            nonlocal x
            x = "set by c"
        c()
        return x
    r = b()
    return r, x
print(a())
def counter_factory():
    count = 0
    def make():
        def inc():
            nonlocal count
            count += 1
            return count
        return inc
    return make
make = counter_factory()
i1, i2 = make(), make()
print(i1(), i2(), i1())
