# while loops with break/continue/else and conditions evaluated each iteration.
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
i = 0
found = []
while True:
    i += 1
    if i % 3:
        continue
    found.append(i)
    if len(found) == 4:
        break
print(found)
k = 10
while k > 0:
    k -= 3
else:
    print("ended with", k)
