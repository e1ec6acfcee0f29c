lst = [3, 1, 4, 1, 5, 9, 2, 6]
lst.append(5); lst.extend([3, 5]); lst.insert(0, 0)
print(lst, len(lst), lst.pop(), lst.pop(0), lst.index(4), lst.count(1))
lst.sort(); print(lst); lst.sort(reverse=True); print(lst); lst.reverse(); print(lst)
lst.remove(1); del lst[0]; print(lst, lst[1:3], lst[-2:], lst[::3])
lst[1:3] = [10, 20, 30]; print(lst); del lst[::2]; print(lst)
print(sorted(["banana", "Apple", "cherry"]), sorted(["banana", "Apple", "cherry"], key=str.lower))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([3, 1, 2], reverse=True), list(reversed([1, 2, 3])))
t = (1, 2, 3)
print(t, t[1], t + (4,), t * 2, (1,), (), len(t), 2 in t, t.index(3), t.count(1), tuple([5, 6]))
d = {"a": 1, "b": 2}
d["c"] = 3; d["a"] = 10
print(d, d.get("z"), d.get("z", 0), list(d.keys()), list(d.values()), list(d.items()), "a" in d, len(d))
print(d.pop("b"), d, d.setdefault("q", 7), d, {k: v * 2 for k, v in d.items()}, dict(x=1, y=2))
del d["a"]; print(d, dict([(1, 2), (3, 4)]), dict.fromkeys("ab", 0), {**d, "z": 26})
s = {3, 1, 2, 3}
s.add(10); s.discard(1)
print(s, len(s), 2 in s, {1, 2} | {2, 3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3}, set(), frozenset([1, 2]))
print({n % 7 for n in range(30)}, set([100, 5, 37, 64, 1]), set([-1, -5, 8, 1000000]), {n * 8 for n in range(-3, 4)})
print([x * y for x in range(3) for y in range(3) if x != y], [[0] * 2 for _ in range(2)], list(range(10, 0, -3)))
print(list(zip("abc", range(5))), list(enumerate("xy", 1)), list(map(abs, [-1, 2, -3])), list(filter(None, [0, 1, 2])))
print(any([0, 0, 1]), all([1, 2, 0]), min("hello"), max([3, 7, 2], key=lambda v: -v), sum(range(101)))
a, *b, c = [1, 2, 3, 4, 5]; x, (y, z) = 1, (2, 3)
print(a, b, c, x, y, z, [*range(3), *"ab"], (*[1, 2],))
nested = [[1, [2, 3]], {"k": (4, 5)}]
print(nested, nested[0][1][0], nested[1]["k"][1], [1, 2] == [1, 2], [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
r = range(2, 20, 3)
print(r, list(r), len(r), r[2], r[-1], 11 in r, 12 in r, r.index(8), list(range(5)[1:4]))
m = [1, 2]; m += [3]; m *= 2; print(m, [] or "empty", [0] and "x")
dv = {"a": 1, "b": 2, "c": 3}
print(sorted(dv.keys() & {"a", "c", "z"}), sorted(dv.keys() - {"a"}), sorted(dv.keys() | {"q"}), sorted(dv.items() & {("a", 1)}))
