# Generator expressions are lazy, single-use, and evaluate their first iterable eagerly.
calls = []
def source():
    calls.append("source")
    return range(4)

ge = (x * x for x in source() if x != 2)
print(calls, type(ge).__name__)
print(next(ge), list(ge), list(ge))
print(sum(x for x in range(101)), max((len(w), w) for w in ["aa", "b", "ccc"]))
pairs = ((i, j) for i in range(3) for j in range(i))
print(list(pairs))
try:
    (1 / x for x in [1, 0])
    print("no error until iteration")
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    gen = (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
