# zlib: one-shot compress/decompress at every level and framing, checksums, constants, errors
import zlib

text = b''.join(b'line %d: the quick brown fox jumps over the lazy dog %d\n' % (i, i * i % 97) for i in range(300))
binary = bytes((i * 7919 + (i >> 3)) % 256 for i in range(5000))
for name, data in [('empty', b''), ('short', b'hello world'), ('text', text), ('binary', binary)]:
    for level in [-1, 0, 1, 2, 5, 6, 9]:
        c = zlib.compress(data, level)
        assert zlib.decompress(c) == data
        print(name, level, len(c), c[:2].hex(), zlib.crc32(c), zlib.adler32(c))
    for wbits in [-15, -9, 25, 31, 15]:
        c = zlib.compress(data, wbits=wbits)
        assert zlib.decompress(c, wbits) == data
        assert zlib.decompress(c, wbits=47 if wbits > 0 else wbits) == data
        if wbits in (-9, 25):
            # a 512-byte window: the JDK's deflater always uses 32 KiB, so only the round trip is compared
            print(name, 'wbits', wbits, 'round trip')
        else:
            print(name, 'wbits', wbits, len(c), c[:12].hex(), zlib.crc32(c))
    c = zlib.compress(data, 9, 31)
    print(name, 'gzip 9', c[:10].hex(), zlib.compress(data, 1, 31)[:10].hex(), len(c))
print(zlib.compress(b'hello world ' * 20))
print(zlib.decompress(zlib.compress(text, wbits=-15), wbits=-15)[:30])
print(zlib.decompress(zlib.compress(text), wbits=0)[:30], zlib.decompress(zlib.compress(text), bufsize=1)[:5])
print(zlib.decompress(bytearray(zlib.compress(b'abc'))), zlib.compress(memoryview(b'abc')))

for args in [(b'',), (b'hello',), (b'world', 12345), (text,), (b'x', -1), (b'x', 2**32 + 5), (binary, 0xFFFFFFFF)]:
    print('crc32', args[1:], zlib.crc32(*args), 'adler32', zlib.adler32(*args))
crc, adler = 0, 1
for i in range(0, len(text), 1000):
    crc = zlib.crc32(text[i:i + 1000], crc)
    adler = zlib.adler32(text[i:i + 1000], adler)
print(crc == zlib.crc32(text), adler == zlib.adler32(text), zlib.adler32(b'a' * 100000))

for name in ['MAX_WBITS', 'DEFLATED', 'DEF_MEM_LEVEL', 'DEF_BUF_SIZE', 'Z_NO_COMPRESSION', 'Z_BEST_SPEED',
             'Z_BEST_COMPRESSION', 'Z_DEFAULT_COMPRESSION', 'Z_FILTERED', 'Z_HUFFMAN_ONLY', 'Z_RLE', 'Z_FIXED',
             'Z_DEFAULT_STRATEGY', 'Z_NO_FLUSH', 'Z_PARTIAL_FLUSH', 'Z_SYNC_FLUSH', 'Z_FULL_FLUSH', 'Z_FINISH',
             'Z_BLOCK', 'Z_TREES']:
    print(name, getattr(zlib, name))
print(zlib.error.__name__, zlib.error.__module__, zlib.error.__mro__[1].__name__, type(zlib.ZLIB_VERSION).__name__)


def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r)[:60])
    except Exception as e:
        print(type(e).__name__, e)


good = zlib.compress(text)
attempt(zlib.decompress, b'garbage')
attempt(zlib.decompress, good[:-3])
attempt(zlib.decompress, good[:40])
attempt(zlib.decompress, good + b'xx')
attempt(zlib.decompress, good, wbits=-15)
attempt(zlib.decompress, good, wbits=31)
attempt(zlib.decompress, zlib.compress(text, wbits=31), wbits=15)
attempt(zlib.decompress, b'')
attempt(zlib.decompress, good, wbits=7)
attempt(zlib.compress, 'str')
attempt(zlib.compress, text, 10)
attempt(zlib.compress, text, -2)
attempt(zlib.compress, text, wbits=16)
attempt(zlib.compress, text, wbits=40)
attempt(zlib.crc32, 'x')
attempt(zlib.adler32, None)
attempt(zlib.compressobj, 3, zlib.DEFLATED, 99)
attempt(zlib.compressobj, 11)
attempt(zlib.decompressobj, 99)
