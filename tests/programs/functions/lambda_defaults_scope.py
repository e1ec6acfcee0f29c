# Lambdas capture variables by reference; default arguments snapshot values at creation.
fs = []
for i in range(3):
    fs.append(lambda: i)
gs = [lambda i=i: i for i in range(3)]
print([f() for f in fs], [g() for g in gs])
x = 10
h = lambda y, x=x: x + y
x = 20
print(h(1), (lambda: x)())
