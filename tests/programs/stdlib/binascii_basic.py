# binascii: hex with separators, base64 (strict and lenient), crc32, crc_hqx, errors
import binascii


def attempt(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


data = bytes(range(0, 256, 17))
print(binascii.hexlify(data), binascii.b2a_hex(b''), binascii.hexlify(bytearray(b'\x00\xff')))
for sep, n in [('-', 1), (b':', 2), (':', -2), (' ', 3), ('_', -3), ('.', 100), ('|', 0)]:
    print(repr(sep), n, binascii.hexlify(data, sep, n), binascii.b2a_hex(b'\x01', sep, n))
print(binascii.hexlify(b'\x01\x02\x03', sep='/'))
attempt(binascii.hexlify, b'abc', '::')
attempt(binascii.hexlify, 'abc')
attempt(binascii.hexlify, 5)
for s in ['abc', 'zz', 'ABcd', 'é', b'0g', b'', '00ff7F', bytearray(b'aa')]:
    attempt(binascii.unhexlify, s)
    attempt(binascii.a2b_hex, s)

for n in range(7):
    chunk = b'hello!!'[:n]
    enc = binascii.b2a_base64(chunk)
    print(n, enc, binascii.b2a_base64(chunk, newline=False), binascii.a2b_base64(enc))
print(binascii.b2a_base64(bytes(range(256)), newline=False))
for s in [b'aGVsbG8=\n', b'aGVsbG8', b'aGVsb', b'a', b'aGVs!bG8=', b'aG==Vs', b'aGVsbA=', 'aGVsbA==', b'aGVsbA=x',
          b'a G V s', b'aGVsbA==aGk=', b'====', b'', b'ab=c', 'aGk\u00e9', b'YWJj\nZGVm\n']:
    attempt(binascii.a2b_base64, s)
for s in [b'aGVs!bG8=', b'=aGVs', b'aGVsbG8=x', b'aGVsbA==', b'aGVsbA=', b'aG=Vs', b'aGVsbA', b'aGk=']:
    attempt(binascii.a2b_base64, s, strict_mode=True)

for args in [(b'',), (b'hello',), (b'world', 12345), (b'a' * 1000,), (b'x', -1), (b'x', 2**32 + 5)]:
    print('crc32', args[1:], binascii.crc32(*args))
crc = 0
for piece in [b'The quick ', b'brown fox ', b'jumps']:
    crc = binascii.crc32(piece, crc)
print(crc, binascii.crc32(b'The quick brown fox jumps'))
for args in [(b'', 0), (b'hello', 0), (b'hello', 0xffff), (b'123456789', 0xffff), (bytes(range(256)), 77)]:
    print('crc_hqx', args[1], binascii.crc_hqx(*args))
print(binascii.Error.__mro__[1].__name__, binascii.Incomplete.__mro__[1].__name__)
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__)
