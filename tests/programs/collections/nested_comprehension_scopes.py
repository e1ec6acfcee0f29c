# Comprehension variables are local to the comprehension, even when nested and in class bodies.
x = 100
result = [[x * y for y in range(3)] for x in range(2)]
print(result, x)
print({k: [v for v in range(k)] for k in range(3)})
gen = (i for i in range(3))
i = "outer i"
print(list(gen), i)
print(sum(j for j in range(5)), [k for k in "ab"])
