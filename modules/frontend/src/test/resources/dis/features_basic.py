"""Module docstring."""
import os
import os.path as osp
from collections import OrderedDict, defaultdict as dd
from . import sibling
from ..pkg.mod import thing as other
import a.b.c

X: int = 5
Y: list
counter = 0

def outer(a, b=2, *args, c, d=4, **kw):
    """Doc of outer.

    More text.
    """
    global counter
    counter += 1
    total = a + b
    def inner(x):
        nonlocal total
        total += x
        return total * a
    inner(3)
    return inner, args, kw

class Base:
    attr = 1
    def __init__(self, v):
        self.v = v
        self._w = [v, v]
    def method(self, *, key=None):
        return self.v if key is None else key
    @property
    def prop(self):
        return self.v * 2
    @staticmethod
    def smeth(x, y):
        return x // y, x % y, x ** y, x << y, x >> y, x & y, x | y, x ^ y, x @ y

class Derived(Base, metaclass=type):
    def __init__(self, v):
        super().__init__(v)
        self.extra = -v
    def method(self, *, key=None):
        r = super().method(key=key)
        return r

def gen(n):
    i = 0
    while i < n:
        yield i
        i += 1
    else:
        yield -1
    yield from range(3)

def flow(xs):
    for x in xs:
        if x < 0:
            continue
        elif x > 100:
            break
        else:
            pass
    else:
        return None
    while True:
        try:
            x = xs.pop()
        except IndexError:
            break
        except (KeyError, ValueError) as e:
            raise RuntimeError("bad") from e
        else:
            continue
        finally:
            print("finally")
    return x

def withs(p):
    with open(p) as f, open(p + "2") as g:
        data = f.read()
    with open(p):
        pass
    return data

def misc(a, b, c):
    del a
    assert b, "msg"
    assert c
    x = (y := b + 1)
    s = f"{b!r:>{c}} and {c=} {b:.3f} {{literal}}"
    t = 1 if b else 2
    u = b and c or a
    v = not b
    w = 1 < b <= 3 != c
    a, *rest, z = b
    (p, q), r = c
    lst = [1, 2, 3]
    lst[0] = 5
    lst[1:2] = [7]
    lst[b] += 1
    b.attr += 2
    d = {"k": 1, **c, "j": 2}
    e = {1, 2, 3}
    f = lst[::2]
    g = b"bytes\x00\xff"
    h = 3.14e-5 + 1e16 + 2j
    i = 12345678901234567890123
    return x, s, t, u, v, w, rest, z, p, q, r, d, e, f, g, h, i

lam = lambda x, y=1: x + y
print(outer(1, c=3), Derived(2).method(key=5), list(gen(3)), flow([1, 2]), misc(*[1, 2], **{"c": 3}))
