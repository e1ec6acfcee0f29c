import reprlib
print(reprlib.__all__)
r = reprlib.repr
print(r(list(range(20))), r(tuple(range(3))), r((1,)), r(tuple(range(10))))
print(r('a' * 100), r('short'), r(10 ** 100), r(12345))
print(r({i: str(i) for i in range(10)}), r({}), r(set(range(20))), r(set()), r(frozenset('abcdefgh')), r(frozenset()))
print(r([[[[[[[[1]]]]]]]]), r({'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}))
print(r(object)[:20], r(3.5), r(None), r([]))
class Big:
    def __repr__(self): return 'B' * 50
print(r(Big()), r([Big()]))
class Broken:
    def __repr__(self): raise ValueError('no')
print(r(Broken()).startswith('<Broken instance at 0x'))
a = reprlib.Repr(maxlist=2, maxstring=10, maxlevel=2, fillvalue='~~')
print(a.repr(list(range(10))), a.repr('abcdefghijklmnop'), a.repr([[[1]]]), a.repr([1, [2, [3]]]))
a.maxdict = 1; print(a.repr({'x': 1, 'y': 2}))
b = reprlib.Repr(indent=2)
print(b.repr([1, [2, 3], {'a': 4}]))
b.indent = '--'
print(b.repr((1, 2)))
print(b.repr([]))
b.indent = -1
try:
    b.repr([1])
except ValueError as e:
    print(e)
b.indent = 2.5
try:
    b.repr([1])
except TypeError as e:
    print(e)
print(reprlib.aRepr.maxlevel, reprlib.aRepr.maxother, reprlib.aRepr.maxlong)
class Node:
    def __init__(self, name): self.name = name; self.kids = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return f'Node({self.name}, {self.kids})'
n = Node('root'); n.kids.append(n); n.kids.append(Node('leaf'))
print(repr(n), Node.__repr__.__name__, Node.__repr__.__qualname__)
class Other:
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return '<' + repr(self.me) + '>'
o = Other(); o.me = [o]
print(repr(o))
class MyRepr(reprlib.Repr):
    def repr_float(self, x, level): return 'F'
print(MyRepr().repr([1.5, 2]))
