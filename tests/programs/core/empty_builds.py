# Empty list, tuple, dict and set displays built in a hot loop (and so inside tier-2 traces).
count = 0
for i in range(200):
    a = []
    b = ()
    c = {}
    d = set()
    a.append(i)
    count += len(a) + len(b) + len(c) + len(d) + len([i, i]) + len((i,))
print(count, a, b, c, d)
