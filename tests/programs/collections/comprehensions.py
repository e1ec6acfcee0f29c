# List/set/dict comprehensions: nesting, conditions, own scope (loop variable does not leak).
x = "outer"
squares = [x * x for x in range(5)]
print(squares, x)
print([(i, j) for i in range(3) for j in range(i)], [c for c in "abc" if c != "b"])
print({k: v for k, v in zip("abc", range(3)) if v}, {n % 3 for n in range(9)})
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [v for row in matrix for v in row if v % 2])
print([y for x in range(3) if x for y in range(x)])
class C:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
print(C.doubled)
print([(lambda: i)() for i in range(3)], [[j for j in range(i)] for i in range(3)])
print([n for n in range(20) if n % 2 if n % 3], {ch: ch.upper() for ch in "hey"})
