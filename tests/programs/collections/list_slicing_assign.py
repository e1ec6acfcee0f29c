# Slice assignment can grow/shrink lists; extended slices need equal lengths; slice deletion.
l = list(range(10))
l[2:5] = ["a"]
print(l)
l[1:1] = ["x", "y"]
print(l)
l[::3] = [0] * len(l[::3])
print(l)
l[-2:] = []
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
del l[::2]
print(l, l[100:200], l[-100:2], l[::-1][:3])
