# range-based loops with steps, negative steps, and loop-carried sums (tier-2 friendly hot loops).
total = 0
for i in range(1, 10001):
    total += i * i
print(total)
acc = 0
for i in range(100, 0, -7):
    acc = acc * 3 + i
print(acc % 1000003)
evens = odds = 0
i = 0
while i < 5000:
    if i % 2:
        odds += i
    else:
        evens += i
    i += 1
print(evens, odds)
