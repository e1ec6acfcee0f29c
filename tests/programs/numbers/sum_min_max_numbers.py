# sum/min/max over mixed numbers; sum keeps int precision and float sums in order.
print(sum(range(1, 101)), sum([0.1] * 10), sum([1, 2.5, True]), sum([], 5))
print(max([1, 2.0, 2]), min([3, -1.5, 0]), max(10**30, 1e30), sorted([2, 1.5, True, -3]))
print(sum([10**20, 1, -10**20]), sum([1e20, 1.0, -1e20]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
