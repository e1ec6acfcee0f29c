# struct: pack/unpack of every format character, byte orders, native alignment, sizes
import struct


def show(fmt, *values):
    try:
        data = struct.pack(fmt, *values)
        print(fmt, values, data, struct.calcsize(fmt), struct.unpack(fmt, data))
    except Exception as e:
        print(fmt, values, type(e).__name__, e)


for prefix in ['', '@', '=', '<', '>', '!']:
    show(prefix + 'bBhHiIlLqQ', -128, 255, -32768, 65535, -2**31, 2**32 - 1, -5, 7, -2**63, 2**64 - 1)
    show(prefix + '?c3s4p', True, b'z', b'abcdef', b'hi')
    show(prefix + 'efd', 1.5, -0.1, 3.141592653589793)
    show(prefix + 'b h b i b q b d', 1, 2, 3, 4, 5, 6, 7, 8.0)
    show(prefix + '2x i 3x')
for fmt in ['n', 'N', 'P', '@nNP', 'bP', '<n', '=N', '>P']:
    show(fmt, *([5] * len(fmt.strip('@<>=!'))))
for fmt in ['', 'x', 'c', 'bq', 'qb', '@bq', '=bq', 'hd', 'bhiq', 'ih', '0i', '0s', '10s', '10p', 'b0q', '3e', '?d',
            '@cP', 'i5s', 'l', '<l', 'L', '>L', 'xxi']:
    print(repr(fmt), struct.calcsize(fmt))

# floats: rounding, subnormals, specials, signs
for fmt in ['<e', '<f', '<d', '>e']:
    for x in [0.0, -0.0, 1.0, -2.5, 0.1, 1e-5, 5.960464477539063e-08, 2.9802322387695312e-08, 1e-8, 65504.0,
              65519.99, 3.4028234663852886e+38, 1e-40, 1e-310, 5e-324, float('inf'), float('-inf'), 1.0009765625,
              1.00048828125, 1.00146484375, 2049.0, 16777217.0, 0.3333333333333333]:
        try:
            data = struct.pack(fmt, x)
            print(fmt, repr(x), data.hex(), repr(struct.unpack(fmt, data)[0]))
        except Exception as e:
            print(fmt, repr(x), type(e).__name__, e)
for fmt in ['<e', '<f', '<d', '@f', '@e']:
    nan = struct.unpack(fmt, struct.pack(fmt, float('nan')))[0]
    print(fmt, nan != nan, struct.pack(fmt, float('nan')).hex(), struct.pack(fmt, -float('nan')).hex())
for fmt, x in [('<e', 65520.0), ('<e', 1e6), ('<f', 1e39), ('>f', -1e300), ('@f', 1e39), ('@e', 1e10)]:
    try:
        print(fmt, struct.pack(fmt, x).hex())
    except OverflowError as e:
        print(fmt, type(e).__name__, e)
print(struct.unpack('<f', bytes.fromhex('0000c07f'))[0], struct.unpack('>d', bytes.fromhex('fff0000000000000')))
print(struct.unpack('<e', b'\x01\x00'), struct.unpack('<e', b'\xff\x7b'), struct.unpack('<e', b'\x00\x80'))
print(struct.unpack('<d', bytes(range(8))), struct.unpack('>d', bytes(range(8))))

# integer arguments: bool, __index__, range errors in every mode
class Seven:
    def __index__(self):
        return 7


print(struct.pack('<bHq', True, Seven(), False), struct.pack('?????', 0, 1, [], [0], ''))
print(struct.unpack('4?', b'\x00\x01\x02\xff'))
for fmt in ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N']:
    for prefix in ['', '<', '>']:
        if prefix and fmt in 'nN':
            continue
        for v in [-1, 2**15, 2**31, 2**63, 2**64, -2**63 - 1, 2**100]:
            try:
                struct.pack(prefix + fmt, v)
            except struct.error as e:
                print(prefix + fmt, v, e)
print(struct.pack('P', -1).hex(), struct.pack('P', 2**64 - 1).hex())
print(struct.unpack('<4s2p', b'abcd\x05z'), struct.unpack('5p', b'\x09abcd'), struct.unpack('0p', b''))
print(struct.pack('5p', b'ab'), struct.pack('3p', b'abcdef'), struct.pack('1p', b'x'), struct.pack('0p', b'x'))
print(struct.pack('300p', b'a' * 300)[:3], len(struct.pack('300p', b'a' * 300)))
print(struct.pack('2s', bytearray(b'q')), struct.pack('2c', b'a', b'b'))
try:
    struct.pack('c', bytearray(b'b'))
except struct.error as e:
    print('c', e)
print(struct.unpack('<hh', bytearray(b'\x01\x00\xff\xff')), struct.unpack('<i', memoryview(b'\x00\x01\x00\x00')))
