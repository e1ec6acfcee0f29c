# Generators used as coroutines: a running averager primed with next() and fed with send().
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return (count, avg)
        total += value
        count += 1
        avg = total / count

a = averager()
next(a)
for v in [10, 20, 30, 5]:
    print(a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("summary", e.value)
