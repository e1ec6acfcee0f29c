# Closures capture variables (not values); nonlocal rebinds the enclosing variable.
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1, c2 = counter(), counter()
print(c1(), c1(), c1(5), c2())

def late_binding():
    fns = [lambda: i for i in range(3)]
    bound = [lambda i=i: i for i in range(3)]
    return [f() for f in fns], [f() for f in bound]
print(late_binding())

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return middle(), x
print(outer())
print(counter().__closure__[0].cell_contents, counter.__code__.co_freevars, counter().__code__.co_freevars)
