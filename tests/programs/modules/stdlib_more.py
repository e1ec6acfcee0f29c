import random, heapq, bisect, string, operator, copy
from dataclasses import dataclass, field, asdict, fields, replace
from typing import List, Optional, Dict
from abc import ABC, abstractmethod
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.randrange(0, 50, 5))
xs = list(range(10)); random.shuffle(xs); print(xs, random.sample(range(100), 5), round(random.uniform(1, 2), 6))
print(random.choices("abc", weights=[1, 2, 3], k=5), random.getrandbits(40), round(random.gauss(0, 1), 6))
r = random.Random(7); print(r.random(), r.randint(0, 9))
random.seed("text seed"); print(random.random())
h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h); heapq.heappush(h, 0)
print(h, [heapq.heappop(h) for _ in range(3)], heapq.nsmallest(2, [7, 3, 5]), heapq.nlargest(2, [7, 3, 5]))
a = [1, 3, 3, 7]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 10)); bisect.insort(a, 4); print(a)
print(string.ascii_lowercase, string.digits, string.punctuation[:5], string.capwords("hello world"))
print(operator.add(2, 3), operator.mul(4, 5), sorted([(1, "b"), (0, "a")], key=operator.itemgetter(1)), operator.attrgetter("real")(5))
nested = {"a": [1, 2, {"b": 3}]}
deep = copy.deepcopy(nested); shallow = copy.copy(nested)
deep["a"][2]["b"] = 99
print(nested, deep, shallow["a"] is nested["a"])
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
it = Item("pen", 1.5)
it.tags.append("office")
print(it, it == Item("pen", 1.5, ["office"]), asdict(it), [f.name for f in fields(it)], replace(it, price=2.0))
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
print(sorted([Version(2, 1), Version(1, 5), Version(2, 0)]), Version(1) < Version(1, 1), hash(Version(1, 2)) == hash(Version(1, 2)))
try:
    Version(1).major = 3
except Exception as e:
    print(type(e).__name__, e)
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Square(3).describe())
try:
    Shape()
except TypeError as e:
    print(e)
def greet(name: Optional[str] = None) -> Dict[str, int]:
    return {name or "anon": 1}
print(greet(), greet("x"))
