# for/while else clauses, break/continue, nested loops with flags, loop variable after the loop.
for i in range(3):
    pass
else:
    print("for completed, i =", i)
for i in range(5):
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 3:
    n += 1
else:
    print("while completed", n)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    else:
        continue
    break
print("found", found)
print([i for i in range(10) if i % 3 == 0])
for i in []:
    print("never")
else:
    print("empty loop runs else")
