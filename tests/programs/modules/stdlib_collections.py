from collections import defaultdict, Counter, OrderedDict, deque, namedtuple
dd = defaultdict(list)
for w in "apple avocado banana blueberry cherry".split():
    dd[w[0]].append(w)
print(dd, dict(dd), dd["z"], len(dd))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts)
c = Counter("abracadabra")
print(c, c.most_common(2), c["a"], c["zz"], sum(c.values()), c.total())
c.update("aaz")
print(c.most_common(3), Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=1), list(Counter("aab").elements()))
od = OrderedDict()
od["x"] = 1; od["y"] = 2; od["z"] = 3
od.move_to_end("x")
print(od, list(od), od.popitem(), od.popitem(last=False), od)
dq = deque([1, 2, 3])
dq.append(4); dq.appendleft(0); dq.rotate(2)
print(dq, dq.popleft(), dq.pop(), len(dq), dq[0], 3 in dq, list(reversed(dq)))
bounded = deque(maxlen=3)
for i in range(6):
    bounded.append(i)
print(bounded, bounded.maxlen, bool(deque()), deque("ab") == deque("ab"))
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._make([7, 8]), Point._fields, isinstance(p, tuple))
x, y = p
print(x + y, p == (1, 2), hash(p) == hash((1, 2)), sorted([Point(2, 1), Point(1, 2)]))
Card = namedtuple("Card", "rank suit", defaults=["hearts"])
print(Card("A"), Card("K", "spades"))
class Vec(namedtuple("Vec", "x y")):
    def norm2(self):
        return self.x ** 2 + self.y ** 2
print(Vec(3, 4).norm2(), Vec(3, 4))
