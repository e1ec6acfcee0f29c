# A walrus target inside a module-level list comprehension (inlined, STORE_GLOBAL in the loop).
data = [1, 5, 12, 7, 20]
print([y for x in data if (y := x * 2) > 10], y)
total = 0
print([total := total + x for x in data], total)
