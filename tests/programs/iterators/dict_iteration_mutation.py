# Changing a dict's size while iterating raises RuntimeError; iterating over a copy is safe.
d = dict.fromkeys(range(5), 0)
try:
    for k in d:
        if k == 2:
            del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
d = dict.fromkeys(range(5), 0)
for k in list(d):
    if k % 2:
        del d[k]
print(d)
for k in d:
    d[k] += 1
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print("RuntimeError:", e)
