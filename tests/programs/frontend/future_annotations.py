# PEP 563: with the annotations future, every annotation is stored as the text CPython's compiler writes back
from __future__ import annotations

import sys

x: int
y: list[dict[str, int | None]] = []
z: "already a string" = 1


def show(title, annotations):
    print(title)
    for name, text in annotations.items():
        print(f"  {name}: {text!r}")


def f(a: int, /, b: str = "s", *args: tuple[int, ...], c: a.b.c = 3, **kw: dict) -> None | int:
    local: this_is_never_evaluated = 1
    return local


show("f", f.__annotations__)
show("module", {k: v for k, v in __annotations__.items()})


class C:
    attr: ClassVar[int] = 0
    other: C | None
    if True:
        nested: Final = 2

    def method(self, other: C) -> C:
        return self


show("C", C.__annotations__)
show("C.method", C.method.__annotations__)


def precedence(
    a1: (1 + 2) * 3,
    a2: 1 + 2 * 3,
    a3: -x ** 2,
    a4: (-x) ** 2,
    a5: x ** -y,
    a6: (x ** y) ** z,
    a7: x ** y ** z,
    a8: not a or b and c,
    a9: (not a) == b,
    a10: a if b else c if d else e,
    a11: (a if b else c) if d else e,
    a12: x < y <= z != w,
    a13: a is not b not in c,
    a14: ~x | y & z ^ w << 1 >> 2,
    a15: (x | y) & z,
    a16: x @ y // z % w / v,
    a17: x - (y - z),
    a18: (x - y) - z,
    a19: await_ if x else y,
):
    pass


show("precedence", precedence.__annotations__)


def atoms(
    b1: lambda: 0,
    b2: lambda a, b=1, *c, d, e=2, **f: a,
    b3: lambda *args: args,
    b4: lambda a, /, b: a,
    b5: [1, 2.5, 3j, -4, "s", b"b", None, True, ..., 1e400, -1e400],
    b6: (1,),
    b7: (),
    b8: {1: 2, **d, "k": [x for x in y if x if not x]},
    b9: {a for b in c for a in b},
    b10: {k: v async for k, v in items},
    b11: (x for x in y),
    b12: f(x for x in y),
    b13: f(a, *b, c=1, **d),
    b14: x[1:2, ::3, :],
    b15: x[a:b:c],
    b16: x[()],
    b17: x[(1, 2)],
    b18: x[*ts],
    b19: 1 .real,
    b20: 1.5.real,
    b21: "it's" + 'say "hi"' + "tab\there",
    b22: f"{x!r:>{width}} and {y=} {{braces}} {'q'}",
    b23: f"{ {1: 2}[1] }",
) -> (int, str):
    pass


show("atoms", atoms.__annotations__)
print(sorted(k for k in dir(sys.modules[__name__]) if k == "annotations"))
