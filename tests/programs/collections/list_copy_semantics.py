# Shallow copies share nested objects; multiplication of nested lists aliases rows.
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
a = [[1, 2], [3]]
b = a[:]
c = list(a)
b[0].append(99)
b.append([4])
print(a, b, c, a[0] is c[0])
