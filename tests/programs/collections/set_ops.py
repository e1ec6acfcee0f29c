# set and frozenset operations with ints (deterministic ordering), methods and operators.
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < a, a >= {1}, a.isdisjoint({9}))
print(a.union([9], (8,)), a.intersection(b, {4}), a.difference({1}, {2}), a.symmetric_difference([4, 7]))
s = set()
s.add(5); s.update([1, 2], {3}); s.discard(99); s.remove(1)
print(s, s.pop() in {2, 3, 5}, len(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
fs = frozenset([3, 1, 2])
print(fs, fs | {4}, type(fs | {4}).__name__, type({4} | fs).__name__, hash(fs) == hash(frozenset({1, 2, 3})))
print({x % 3 for x in range(10)}, set("aab") == {"a", "b"}, sorted({"b", "a"}), set())
try:
    fs.add(1)
except AttributeError as e:
    print("AttributeError:", e)
c = {1, 2}
c |= {3}; c &= {2, 3, 4}; c -= {2}; c ^= {9}
print(c, {1, 2} == frozenset({1, 2}), {frozenset({1}): 1})
