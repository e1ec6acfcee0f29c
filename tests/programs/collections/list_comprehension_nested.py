# Nested list comprehensions for matrices: transpose, flatten, identity, filtering rows.
n = 4
identity = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
for row in identity:
    print(row)
m = [[i * n + j for j in range(n)] for i in range(n)]
print([[row[i] for row in m] for i in range(n)])
print([x for row in m for x in row if x % 5 == 0], [sum(r) for r in m if sum(r) > 20])
