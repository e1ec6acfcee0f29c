# RESUME becomes RESUME_CHECK once it has run, and a specializable instruction runs once generically before it
# specializes (CPython 3.13's warm-up counter): dis with adaptive=True shows both.
import dis


def f(x):
    return x + 1


def gen(n):
    for i in range(n):
        yield i


dis.dis(f, adaptive=True)
f(1)
dis.dis(f, adaptive=True)
print(sum(gen(3)))
dis.dis(gen, adaptive=True)
f(2)
dis.dis(f, adaptive=True)
