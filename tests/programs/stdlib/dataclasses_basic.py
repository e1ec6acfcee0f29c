import dataclasses
from dataclasses import *
from typing import ClassVar
print(dataclasses.__all__)
@dataclass
class P:
    x: int
    y: int = 0
    z: list = field(default_factory=list)
p = P(1)
print(p, P(1, 2, [3]), P.__doc__, P.__match_args__, p == P(1), p == P(2), p != P(1, 0, [1]), P.__hash__, p.z is not P(1).z)
print(P.__dataclass_params__, [f.name for f in fields(P)], [f.name for f in fields(p)], fields(P)[1].default, fields(P)[2].default_factory, fields(P)[0].type)
print(asdict(p), astuple(P(1, 2, [P(3)])), asdict(P(1, 2, [P(3)])), replace(p, y=5), is_dataclass(P), is_dataclass(p), is_dataclass(3), is_dataclass(int))
for expr in ['P()', 'P(1, 2, 3, 4)', 'P(1, x=2)', 'P(1, q=2)', 'fields(3)', 'asdict(3)', 'astuple(P)', 'replace(3)', "field(default=1, default_factory=list)"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
try:
    @dataclass
    class Q:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass
    class R:
        a: list = []
except ValueError as e:
    print('ValueError', e)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
try:
    K()
except TypeError as e:
    print('TypeError', e)
print(K(a=1), K.__match_args__, K.__doc__)
@dataclass(frozen=True)
class Fz:
    a: int
    b: str = 'x'
f = Fz(1)
try:
    f.a = 2
except FrozenInstanceError as e:
    print('FrozenInstanceError', e, isinstance(e, AttributeError))
try:
    del f.a
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)
print(hash(f) == hash((1, 'x')), f, {f: 1}[Fz(1)], replace(f, b='y'))
@dataclass(order=True)
class Ver:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)
print(sorted([Ver(1, 2), Ver(1, 0, 'b'), Ver(0, 9)]), Ver(1) < Ver(1, 1), Ver(2) >= Ver(1, 9), Ver(1, 0, 'a') == Ver(1, 0, 'b'))
print(Ver(1).__lt__(3))
try:
    @dataclass(order=True)
    class Bad:
        a: int
        def __lt__(self, other): return True
except TypeError as e:
    print('TypeError', e)
@dataclass
class Base:
    a: int
    b: int = 1
@dataclass
class Child(Base):
    c: int = 2
    a: int = 10
print(Child(), Child(5, 6, 7), [f.name for f in fields(Child)], Child.__doc__)
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale
w = WithPost(3)
print(w, WithPost(3, 5), [f.name for f in fields(WithPost)], replace(w, a=4, scale=10), InitVar[int])
@dataclass
class CV:
    count: ClassVar[int] = 0
    name: str = 'n'
    _: KW_ONLY
    flag: bool = False
print(CV(), CV('q', flag=True), [f.name for f in fields(CV)], CV.count, CV.__match_args__)
@dataclass(unsafe_hash=True)
class UH:
    a: int
    b: int = field(default=0, hash=False)
print(hash(UH(1, 5)) == hash((1,)), UH(1) == UH(1))
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1)).startswith('<__main__.NoRepr object'))
@dataclass(slots=True)
class S:
    a: int
    b: int = 2
s = S(1)
print(s, S.__slots__, hasattr(s, '__dict__'))
try:
    s.c = 3
except AttributeError as e:
    print('AttributeError')
@dataclass
class Meta:
    a: int = field(default=1, metadata={'unit': 'm'}, repr=False)
    b: int = field(default=2, init=False)
print(Meta(), fields(Meta)[0].metadata['unit'], fields(Meta)[1].init, Meta(5).b)
try:
    replace(Meta(), b=3)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
D = make_dataclass('D', ['x', ('y', int), ('z', int, field(default=5))], namespace={'total': lambda self: self.x + self.y + self.z})
d = D(1, 2)
print(d, d.total(), D.__module__, [f.type for f in fields(D)])
@dataclass
class Node:
    val: int
    kids: list = field(default_factory=list)
n = Node(1); n.kids.append(n)
print(n)
from collections import namedtuple, defaultdict
Pt = namedtuple('Pt', 'x y')
@dataclass
class Holder:
    pt: Pt
    d: dict
    t: tuple
print(asdict(Holder(Pt(1, 2), {'k': [P(1)]}, (P(2), 3))), astuple(Holder(Pt(1, 2), {'k': 1}, ())), asdict(P(1), dict_factory=list))
import copy
print(copy.replace(p, x=9), copy.deepcopy(p) == p, Fz(2).__replace__(b='q'))
match P(4, 5):
    case P(x, y):
        print('match', x, y)
print(repr(fields(P)[0])[:40])
