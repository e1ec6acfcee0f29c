# pickle: dumps bytes of every protocol for the built-in types (CPython's exact bytes), then loads round trips
import pickle

values = [
    None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -256, 2 ** 31 - 1, 2 ** 31, -2 ** 31, -2 ** 31 - 1,
    2 ** 63, -2 ** 63, 2 ** 100, -(2 ** 100) + 1, 128, -128, 2 ** 2047, 3 ** 700,
    0.0, -0.0, 1.5, -2.25, 1e300, 5e-324, 2.2250738585072014e-308, float('inf'), float('-inf'), 0.1, 1 / 3,
    1 + 2j, -0.5j, '', 'abc', 'a\\b\nc\r\x00\x1a\u0100\U0001f600\x80 é', 'x' * 300, b'', b'ab\x00\xff',
    b'z' * 300, bytearray(b'ab'), bytearray(), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2, 3],
    {}, {'a': 1}, {1: 'x', 2: 'y', 'k': [None]}, {1, 2, 3}, set(), frozenset(), frozenset({5}),
    [[], [[]], ((),)], ('s', 's', ['s']), {'nested': {'deeper': (1.5, b'b', 'u')}},
]
for v in values:
    for proto in range(6):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        same = back == v or (v != v and back != back)
        print(proto, repr(v)[:60], data if len(data) < 400 else (len(data), data[:40], data[-20:]), same,
              type(back).__name__)

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.dumps(1) == pickle.dumps(1, 5))
print(pickle.dumps(float('nan'), 0), pickle.dumps(float('nan'), 1), pickle.loads(pickle.dumps(float('nan'))) != 0)
for proto in range(6):
    shared = [1, 2]
    data = pickle.dumps([shared, shared, (shared,)], proto)
    back = pickle.loads(data)
    print(proto, data, back, back[0] is back[1], back[2][0] is back[0])
    s = 'repeat'
    print(proto, pickle.dumps([s, s, s], proto))

big_list = list(range(1001))
for proto in (0, 1, 4):
    data = pickle.dumps(big_list, proto)
    print(proto, len(data), data[:30], data[-12:], data.count(pickle.APPENDS), pickle.loads(data) == big_list)
big_dict = {i: i for i in range(1001)}
data = pickle.dumps(big_dict, 2)
print(len(data), data[-12:], data.count(pickle.SETITEMS), pickle.loads(data) == big_dict)
big_set = set(range(1001))
data = pickle.dumps(big_set, 4)
print(len(data), data[-12:], data.count(pickle.ADDITEMS), pickle.loads(data) == big_set)
big_bytes = b'\x01' * 70000
for proto in (3, 5):
    data = pickle.dumps([b'ab', big_bytes, 'tail'], proto)
    print(proto, len(data), data[:24], data[-40:], pickle.loads(data)[1] == big_bytes)
data = pickle.dumps(['x' * 40000, 'y' * 40000, 'z'], 4)
print(len(data), data[:20], data[40010:40040], data[-30:], pickle.loads(data)[2])
