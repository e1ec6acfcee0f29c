# array: construction for every typecode, sequence operations, methods, bytes round trips, errors
import array

print(array.typecodes, array.ArrayType is array.array, sorted(array.__all__) if hasattr(array, '__all__') else '')
for code in 'bBwhHiIlLqQfd':
    a = array.array(code)
    print(code, a, a.itemsize, a.typecode, len(a))
ints = array.array('i', [1, 2, 3])
print(ints, repr(ints), array.array('w', 'xyz'), array.array('f', [1.5, 0.1]), array.array('d', [0.1, -2]))
print(array.array('b', b'\x01\xff'), array.array('h', bytearray(b'\x01\x00\xff\xff')), array.array('i', range(4)))
print(array.array('d', array.array('i', [1, 2])), array.array('b', array.array('q', [5, -5])))
print(array.array('Q', (x * x for x in range(4))), array.array('f', [1e40, -1e40])[0])

a = array.array('h', range(10))
print(a[0], a[-1], a[2:5], a[::3], a[::-1], a[5:2], len(a), 7 in a, 70 in a)
a[0] = 100
a[1:3] = array.array('h', [7, 7, 7])
print(a)
a[::2] = array.array('h', [0] * 6)
print(a)
del a[0]
del a[::4]
print(a, a.tolist())
a.append(5)
a.extend([6, 7])
a.extend(array.array('h', [8]))
a.insert(0, -1)
a.insert(100, 99)
a.insert(-100, -99)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
a.remove(7)
print(a, a.index(8), a.index(0, 3), a.count(7), a.count(0))
a.reverse()
print(a, list(a), list(reversed(a)), sum(a), max(a))

b = array.array('i', [1, 2])
print(b + array.array('i', [3]), b * 3, 3 * b, b * 0, b * -1)
b += array.array('i', [9])
b *= 2
print(b)
print(b == array.array('i', [1, 2, 9, 1, 2, 9]), b == array.array('d', [1, 2, 9, 1, 2, 9]), b != b[:2])
print(b < array.array('i', [1, 3]), b > b[:3], b <= b, b >= array.array('h', [2]), b == [1, 2, 9, 1, 2, 9])
print(b.__eq__([1]), b.__lt__(5))

for code, values in [('b', [-128, 127]), ('B', [0, 255]), ('h', [-32768, 32767]), ('H', [65535]),
                     ('i', [-2**31, 2**31 - 1]), ('I', [2**32 - 1]), ('l', [-2**63]), ('L', [2**64 - 1]),
                     ('q', [2**63 - 1]), ('Q', [2**64 - 1]), ('f', [0.1, -2.5]), ('d', [0.1, 1e300]),
                     ('w', 'h\xe9\u20ac\U0001F600')]:
    a = array.array(code, values)
    data = a.tobytes()
    back = array.array(code)
    back.frombytes(data)
    c = array.array(code, values if code != 'w' else [])
    c.byteswap()
    print(code, data.hex(), back == a, bytes(a) == data, c.tobytes().hex(), a.buffer_info()[1])
print(a, a.tounicode())
w = array.array('w', 'abc')
w.fromunicode('de')
w.append('f')
print(w, w.tounicode(), w.tolist(), w[1], w[1:3])
f = array.array('f', [1, 2])
f.fromlist([3.25, 4])
f[0] = 0.1
print(f, f.tolist())
d = array.array('d')
d.frombytes(array.array('d', [1.5, -0.0]).tobytes())
print(d, array.array('L', [1]).tobytes(), array.array('l', [-1]).tobytes())
import copy
e = copy.copy(d)
e.append(7)
print(d, e, copy.deepcopy(e))


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for code, v in [('b', 128), ('b', -129), ('B', -1), ('B', 256), ('h', 2**15), ('h', -2**15 - 1), ('H', -1),
                ('H', 2**16), ('i', 2**31), ('i', -2**31 - 1), ('I', -1), ('I', 2**32), ('l', 2**63), ('L', -1),
                ('L', 2**64), ('q', 2**63), ('q', -2**63 - 1), ('Q', -1), ('Q', 2**64), ('b', 2**70),
                ('I', 2**70), ('b', 1.5), ('i', '1'), ('f', 'x'), ('d', None), ('w', 'ab'), ('w', 1), ('w', b'a')]:
    attempt(array.array, code, [v])
attempt(array.array, 'z')
attempt(array.array, 'bb')
attempt(array.array, 1)
attempt(array.array, 'b', 'abc')
attempt(array.array, 'w', [1])
attempt(array.array, 'i', b'abc')
attempt(array.array, 'i', 5)
attempt(array.array, 'b', array.array('i', [1, 300]))
attempt(array.array, 'i', array.array('f', [1, 2]))
a = array.array('i', [1, 2, 3])
attempt(a.__getitem__, 5)
attempt(a.__getitem__, 'x')
attempt(a.__setitem__, 0, 'x')
attempt(a.__setitem__, 7, 1)
attempt(a.__setitem__, 0, 2**40)
attempt(a.pop, 7)
attempt(array.array('i').pop)
attempt(a.remove, 9)
attempt(a.index, 9)
attempt(a.index, 1, 5)
attempt(a.__add__, array.array('b'))
attempt(a.__add__, [1])
attempt(a.__iadd__, [1])
attempt(a.extend, array.array('b', [1]))
attempt(a.extend, 5)
attempt(a.fromunicode, 'x')
attempt(a.tounicode)
attempt(a.frombytes, b'abc')
attempt(a.frombytes, 'abcd')
attempt(a.fromlist, (1, 2))
attempt(a.fromlist, [1, 'x'])
attempt(a.insert, 'x', 1)
attempt(a.__mul__, 'x')
attempt(a.__setitem__, slice(0, 2), [1, 2])
attempt(a.__setitem__, slice(0, 2), array.array('b', [1]))
attempt(a.__setitem__, slice(0, 4, 2), array.array('i', [1]))
attempt(a.__delitem__, 10)
attempt(a.extend, [4, 'x'])
print(a)
