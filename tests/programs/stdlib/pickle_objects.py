# pickle: class instances (__dict__, __slots__, __getstate__/__setstate__, __reduce__/__reduce_ex__,
# __getnewargs__/_ex__), globals by reference, recursion, copyreg, dispatch tables, persistence, errors
import pickle
import copyreg
import io
from datetime import date, datetime, timedelta, timezone


class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return type(other) is type(self) and vars(other) == vars(self)

    def __repr__(self):
        return f'Plain({self.a!r}, {self.b!r})'


class Empty:
    pass


class Slotted:
    __slots__ = ('x', 'y')

    def __init__(self, x):
        self.x = x

    def __getstate__(self):
        return {'x': self.x}

    def __setstate__(self, state):
        self.x = state['x']
        self.y = 'restored'


class SlotsDefault:
    __slots__ = ('p', 'q')


class WithState:
    def __init__(self, value):
        self.value = value
        self.cache = 'drop me'

    def __getstate__(self):
        return {'value': self.value}

    def __setstate__(self, state):
        self.value = state['value']
        self.cache = None


class Reduced:
    def __init__(self, *args):
        self.args = args

    def __reduce__(self):
        return (Reduced, self.args)


class ReducedEx:
    def __reduce_ex__(self, protocol):
        return (ReducedEx.rebuild, (protocol,))

    @staticmethod
    def rebuild(protocol):
        return f'rebuilt from protocol {protocol}'


class NewArgs(tuple):
    def __new__(cls, value, label):
        self = tuple.__new__(cls, (value,))
        self.label = label
        return self

    def __getnewargs__(self):
        return (self[0], self.label)

    def __eq__(self, other):
        return tuple(self) == tuple(other) and self.label == other.label


class NewArgsEx:
    def __new__(cls, *, key):
        self = object.__new__(cls)
        self.key = key
        return self

    def __getnewargs_ex__(self):
        return ((), {'key': self.key})


class MyList(list):
    pass


class MyDict(dict):
    pass


class Outer:
    class Inner:
        pass


def function():
    return 'function'


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(p):
    return (Point, (p.x * 10, p.y * 10))


objects = [Plain(1, 'two'), Empty(), MyList([1, 2]), MyDict(k='v'), Reduced(1, 2), NewArgs(7, 'seven'),
           function, Plain, Outer.Inner, len, copyreg.pickle, ValueError('bad', 3), date(2024, 2, 29),
           datetime(2000, 1, 2, 3, 4, 5, 6), timedelta(days=1, microseconds=5), timezone.utc,
           datetime(2000, 1, 1, tzinfo=timezone(timedelta(hours=1))), type(None), range(3)]
for obj in objects:
    for proto in range(6):
        data = pickle.dumps(obj, proto)
        back = pickle.loads(data)
        print(proto, type(obj).__name__, data, back == obj or back is obj, type(back).__name__)

for proto in range(6):
    sl = pickle.loads(pickle.dumps(slice(1, 2), proto))
    print(proto, pickle.dumps(slice(1, 2), proto), type(sl).__name__, sl.start, sl.stop, sl.step)
for proto in range(6):
    s = pickle.loads(pickle.dumps(Slotted(5), proto))
    w = pickle.loads(pickle.dumps(WithState(9), proto))
    r = pickle.loads(pickle.dumps(ReducedEx(), proto))
    print(proto, s.x, s.y, w.value, w.cache, r, pickle.dumps(Slotted(5), proto))
for proto in range(2, 6):
    d = SlotsDefault()
    d.p = 1
    data = pickle.dumps(d, proto)
    back = pickle.loads(data)
    print(proto, data, back.p, hasattr(back, 'q'))
    e = pickle.loads(pickle.dumps(NewArgsEx(key='k'), proto))
    print(proto, pickle.dumps(NewArgsEx(key='k'), proto), e.key)
try:
    pickle.dumps(SlotsDefault(), 1)
except TypeError as e:
    print(type(e).__name__, e)

# recursion and sharing
for proto in range(6):
    a = [1]
    a.append(a)
    d = {}
    d['self'] = d
    t_holder = []
    t = (t_holder, 'x')
    t_holder.append(t)
    p = Plain(None, None)
    p.a = p
    big_t_holder = []
    big_t = (big_t_holder, 1, 2, 3)
    big_t_holder.append(big_t)
    data = pickle.dumps([a, d, t, p, big_t], proto)
    ra, rd, rt, rp, rbt = pickle.loads(data)
    print(proto, data)
    print(ra[1] is ra, rd['self'] is rd, rt[0][0] is rt, rp.a is rp, rbt[0][0] is rbt)

# copyreg and dispatch tables
copyreg.pickle(Point, reduce_point)
for proto in (0, 2, 4):
    data = pickle.dumps(Point(1, 2), proto)
    back = pickle.loads(data)
    print(proto, data, back.x, back.y)
del copyreg.dispatch_table[Point]
buf = io.BytesIO()
pickler = pickle.Pickler(buf, 3)
pickler.dispatch_table = {Point: lambda p: (Plain, (p.x, p.y))}
pickler.dump(Point(3, 4))
print(buf.getvalue(), pickle.loads(buf.getvalue()))
print(copyreg.__newobj__(Plain, ) if False else copyreg.__newobj__.__name__, copyreg._reconstructor.__module__)
print(copyreg._slotnames(SlotsDefault), copyreg._slotnames(Plain))


class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Point):
            return (str, ('point!',))
        return NotImplemented


buf = io.BytesIO()
Override(buf, 4).dump([Point(0, 0), 5])
print(buf.getvalue(), pickle.loads(buf.getvalue()))


# persistence
class PersistentPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, str) and obj.startswith('ref:'):
            return obj[4:]
        return None


class PersistentUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return f'<{pid}>'


for proto in (0, 1, 4):
    buf = io.BytesIO()
    PersistentPickler(buf, proto).dump(['ref:alpha', 'beta', ['ref:gamma']])
    data = buf.getvalue()
    print(proto, data, PersistentUnpickler(io.BytesIO(data)).load())
try:
    pickle.loads(pickle.dumps(['x'], 0).replace(b'Vx', b'Px'))
except pickle.UnpicklingError as e:
    print(type(e).__name__, e)

# file API, memo reuse, clear_memo
buf = io.BytesIO()
pickle.dump({'a': [1, 2]}, buf, protocol=2)
pickle.dump('second', buf)
buf.seek(0)
print(pickle.load(buf), pickle.load(buf))
buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
shared = ['shared']
p.dump(shared)
p.dump(shared)
p.clear_memo()
p.dump(shared)
print(buf.getvalue())
up = pickle.Unpickler(io.BytesIO(buf.getvalue()))
print(up.load(), up.load(), up.load())

# errors
for bad in [lambda: pickle.dumps(lambda: 0), lambda: pickle.dumps(Empty, 6), lambda: pickle.dumps((x for x in [])),
            lambda: pickle.loads(b''), lambda: pickle.loads(b'\x80\x02K'), lambda: pickle.loads(b'\xff'),
            lambda: pickle.loads(b'Z'), lambda: pickle.loads(b'.'), lambda: pickle.loads(b'csys\nnope\n.'),
            lambda: pickle.loads('text'), lambda: pickle.loads(b'\x80\x09N.'), lambda: pickle.Pickler(5),
            lambda: pickle.loads(b'(N1.')]:
    try:
        bad()
    except (pickle.PickleError, TypeError, AttributeError, ValueError, EOFError) as e:
        print(type(e).__name__, e if 'at 0x' not in str(e) else str(e).split(' at 0x')[0])
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))
print(pickle.loads(b'(lp0\nI1\naS\'py2\'\np1\na.'), pickle.loads(b'U\x03abcq\x00.', encoding='bytes'),
      pickle.loads(b'\x80\x02cexceptions\nValueError\nq\x00.'), pickle.loads(b'c__builtin__\nxrange\n(K\x03tR.'))
