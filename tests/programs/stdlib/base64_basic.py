# base64: Base64 (standard, urlsafe, altchars, validate), Base32, Base32hex, Base16, Ascii85, Base85, Z85
import base64
import binascii


def attempt(f, *args, **kw):
    try:
        print(f.__name__, repr(f(*args, **kw)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', b'\xfb\xff\xfe', bytes(range(40)), b'\0\0\0\0\0',
           b'    x', b'\0\0\0']
for s in samples:
    print(s)
    print(' ', base64.b64encode(s), base64.urlsafe_b64encode(s), base64.b64encode(s, altchars=b'-_'),
          base64.standard_b64encode(s))
    print(' ', base64.b32encode(s), base64.b32hexencode(s), base64.b16encode(s))
    print(' ', base64.a85encode(s), base64.b85encode(s), base64.b85encode(s, pad=True),
          base64.a85encode(s, pad=True))
    print(' ', base64.a85encode(s, foldspaces=True), base64.a85encode(s, adobe=True))
    print(' ', base64.z85encode(s) if len(s) % 4 == 0 else '-')
    assert base64.b64decode(base64.b64encode(s)) == s
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b32hexdecode(base64.b32hexencode(s)) == s
    assert base64.b16decode(base64.b16encode(s)) == s
    assert base64.a85decode(base64.a85encode(s)) == s
    assert base64.a85decode(base64.a85encode(s, adobe=True, foldspaces=True), adobe=True, foldspaces=True) == s
    assert base64.b85decode(base64.b85encode(s)) == s
print(base64.a85encode(bytes(range(60)), wrapcol=20))
print(base64.a85encode(bytes(range(30)), wrapcol=10, adobe=True))
print(base64.a85encode(b'abcd', wrapcol=1, adobe=True))
print(base64.encodebytes(bytes(range(100))))
print(base64.encodebytes(b''), base64.decodebytes(b'AAEC\nAwQ=\n'))
print(base64.z85decode(b'HelloWorld'), base64.z85encode(b'\x86\x4f\xd2\x6f\xb5\x59\xf7\x5b'))

attempt(base64.b64decode, 'Zm9v!YmFy')
attempt(base64.b64decode, 'Zm9v!YmFy', validate=True)
attempt(base64.b64decode, 'Zm9vYmE')
attempt(base64.b64decode, 'Zm9vYmE=')
attempt(base64.b64decode, '-_8=', altchars='-_')
attempt(base64.b64decode, 'Zm9v', altchars=b'-')
attempt(base64.b64decode, 3)
attempt(base64.b64decode, 'é')
attempt(base64.b64encode, 'text')
attempt(base64.urlsafe_b64decode, '-_8=')
attempt(base64.encodebytes, 'text')
attempt(base64.decodebytes, 'text')
attempt(base64.b32decode, 'MZXW6===')
attempt(base64.b32decode, 'mzxw6===')
attempt(base64.b32decode, 'mzxw6===', casefold=True)
attempt(base64.b32decode, 'MZXW6')
attempt(base64.b32decode, 'MZXW6=8=')
attempt(base64.b32decode, 'MZXW6Y==')
attempt(base64.b32decode, 'MZXW6YQ=')
attempt(base64.b32decode, '========')
attempt(base64.b32decode, 'ME======', map01=None)
attempt(base64.b32decode, '0E======', map01=b'L')
attempt(base64.b32decode, 'M1======', map01=b'L')
attempt(base64.b32decode, 'M1======', map01=b'I')
attempt(base64.b32hexdecode, 'CPNMU===')
attempt(base64.b32hexdecode, 'cpnmu===', casefold=True)
attempt(base64.b32hexdecode, 'CPNMW===')
attempt(base64.b16decode, '666F6F')
attempt(base64.b16decode, '666f6f')
attempt(base64.b16decode, '666f6f', casefold=True)
attempt(base64.b16decode, '666F6')
attempt(base64.a85decode, b'z!!!!!')
attempt(base64.a85decode, b'!z')
attempt(base64.a85decode, b's8W-"')
attempt(base64.a85decode, b'uuuuu')
attempt(base64.a85decode, b'ab{cd')
attempt(base64.a85decode, b'<~@:E_~>', adobe=True)
attempt(base64.a85decode, b'@:E_~>', adobe=True)
attempt(base64.a85decode, b'<~@:E_', adobe=True)
attempt(base64.a85decode, b'@:E _\n')
attempt(base64.a85decode, b'@:E_', ignorechars=b'')
attempt(base64.a85decode, b'y', foldspaces=True)
attempt(base64.b85decode, b'VPa!s')
attempt(base64.b85decode, b'VP"a!')
attempt(base64.b85decode, b'~~~~~')
attempt(base64.z85decode, b'Hello')
attempt(base64.z85decode, b'Hel"o')
print(sorted(base64.__all__))
