# Loops whose bodies call built-in methods with no arguments (list.pop, dict.copy, str.upper, ...) and with one:
# tier 2 traces them like any other loop.
stack = []
total = 0
for i in range(300):
    stack.append(i)
    stack.append(i * 2)
    total += stack.pop() - stack.pop()
print(total, len(stack))

words = ["alpha", "Beta", "gamma"]
seen = []
for i in range(200):
    w = words[i % 3]
    seen.append(w.upper().lower().strip())
print(len(seen), seen[:4], seen[-1])

d = {"a": 1}
n = 0
for i in range(100):
    c = d.copy()
    c["b"] = i
    n += len(c.keys()) + len(c)
print(n)


def drain(items):
    out = 0
    while items:
        out = out * 3 + items.pop()
    return out % 1000003


print(drain(list(range(500))))
