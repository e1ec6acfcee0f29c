# zlib: compressobj/decompressobj streams: flush modes, gzip/raw framing, zdict, max_length, unused_data, eof
import zlib

text = b''.join(b'record %04d value=%d;' % (i, i * 31 % 1000) for i in range(400))

for wbits in [15, -15, 31]:
    for level in [-1, 1, 9]:
        c = zlib.compressobj(level, zlib.DEFLATED, wbits)
        parts = [c.compress(text[i:i + 700]) for i in range(0, len(text), 700)]
        parts.append(c.flush())
        out = b''.join(parts)
        print(wbits, level, [len(p) for p in parts][:4], len(out), zlib.crc32(out))
        assert zlib.decompress(out, wbits) == text

c = zlib.compressobj()
a = c.compress(b'first part ')
b = c.flush(zlib.Z_SYNC_FLUSH)
d = c.compress(b'second part')
e = c.flush(zlib.Z_FULL_FLUSH)
f = c.flush()
print(a, b, d, e, f)
print(c.flush(zlib.Z_NO_FLUSH))
try:
    c.flush()
except zlib.error as err:
    print('error', err)
try:
    c.compress(b'x')
except zlib.error as err:
    print('error', err)
dec = zlib.decompressobj()
print(dec.decompress(a + b), dec.eof, dec.decompress(d + e + f), dec.eof)

stream = zlib.compress(text) + b'TRAILING'
dec = zlib.decompressobj()
pieces = []
for i in range(0, len(stream), 100):
    pieces.append(dec.decompress(stream[i:i + 100]))
print(len(pieces), sum(map(len, pieces)), dec.eof, dec.unused_data, dec.unconsumed_tail)
print(dec.decompress(b'more'), dec.unused_data)

dec = zlib.decompressobj()
first = dec.decompress(stream, 50)
print(len(first), len(dec.unconsumed_tail) > 0, dec.eof)
got = first
while dec.unconsumed_tail and not dec.eof:
    got += dec.decompress(dec.unconsumed_tail, 1000)
print(got == text, dec.eof, dec.unused_data)

dec = zlib.decompressobj()
got = dec.decompress(zlib.compress(text), 10)
got += dec.flush()
print(got == text, dec.eof, dec.flush())
try:
    dec.flush(0)
except ValueError as err:
    print('ValueError', err)
try:
    dec.decompress(b'', -1)
except ValueError as err:
    print('ValueError', err)

gz = zlib.compress(text, 6, 31) + b'next'
for wbits in [31, 47]:
    dec = zlib.decompressobj(wbits)
    out = b''.join(dec.decompress(gz[i:i + 3]) for i in range(0, len(gz), 3))
    print(wbits, out == text, dec.eof, dec.unused_data)
dec = zlib.decompressobj(-15)
print(dec.decompress(zlib.compress(b'raw data', wbits=-15) + b'!!'), dec.eof, dec.unused_data)

zdict = b'record value='
c = zlib.compressobj(zdict=zdict)
withdict = c.compress(text[:200]) + c.flush()
print(len(withdict), withdict[:6].hex(), zlib.crc32(withdict))
print(zlib.decompressobj(zdict=zdict).decompress(withdict) == text[:200])
try:
    zlib.decompress(withdict)
except zlib.error as err:
    print('error', err)
c = zlib.compressobj(wbits=-15, zdict=zdict)
raw = c.compress(text[:200]) + c.flush()
print(len(raw), zlib.decompressobj(wbits=-15, zdict=zdict).decompress(raw) == text[:200])

for strategy in [zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY]:
    c = zlib.compressobj(6, zlib.DEFLATED, 15, 8, strategy)
    out = c.compress(text) + c.flush()
    print('strategy', strategy, len(out), zlib.crc32(out))
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)
print(zlib.decompressobj().unused_data, zlib.decompressobj().unconsumed_tail, zlib.decompressobj().eof)
