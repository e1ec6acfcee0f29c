# list methods, slicing assignment, del, aliasing vs copying, and errors.
l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); l.insert(100, 7); l.insert(-1, 65)
print(l, l.pop(), l.pop(0), l.index(2), l.count(1), len(l))
l.remove(65)
l.reverse()
print(l, l[::2], l[1:-1], l[-2:], l[::-2])
l[1:3] = ["a", "b", "c"]
l[::2] = [0] * len(l[::2])
del l[0]
del l[-2:]
print(l)
m = l
n = l[:]
l.append("x")
print(m is l, n is l, n == l, l.copy() == l)
l.clear()
print(l, m)
for bad in [lambda: [].pop(), lambda: [1].index(2), lambda: [1].remove(2), lambda: [1][5], lambda: [1, 2].__setitem__(slice(None, None, 2), [1, 2])]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print([1, 2] * 2, [[0]] * 2, [1, 2] + [3], [1, 2] < [1, 3], [1, 2] == [1, 2.0], [] or "empty")
