"""Base16, Base32, Base64 (RFC 4648), Ascii85, Base85 and Z85 encodings, over binascii."""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode', 'b32encode',
           'b32decode', 'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode', 'b85encode', 'b85decode',
           'a85encode', 'a85decode', 'z85encode', 'z85decode', 'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']

bytes_types = (bytes, bytearray)

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _decode_input(s):
    """What the decoders take: an ASCII str or a bytes-like object, as bytes."""
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(s, bytes_types):
        return bytes(s)
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII string, not %r' %
                        type(s).__name__) from None


def _translate(data, source, target):
    """data with each byte of source replaced by the byte of target at the same place."""
    table = dict(zip(source, target))
    return bytes(table.get(c, c) for c in data)


def _encode_input(s):
    if isinstance(s, bytes_types):
        return bytes(s)
    if isinstance(s, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return memoryview(s).tobytes()


# -- Base64 -----------------------------------------------------------------------------------------------------

def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return _translate(encoded, b'+/', altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _decode_input(s)
    if altchars is not None:
        altchars = _decode_input(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _translate(s, altchars, b'+/')
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _translate(b64encode(s), b'+/', b'-_')


def urlsafe_b64decode(s):
    return b64decode(_translate(_decode_input(s), b'-_', b'+/'))


def _check_buffer(s):
    if isinstance(s, str):
        raise TypeError('expected bytes-like object, not str')
    if not isinstance(s, bytes_types):
        try:
            memoryview(s)
        except TypeError:
            raise TypeError('expected bytes-like object, not %s' % type(s).__name__) from None


def encodebytes(s):
    """Base64 in lines of at most 76 characters, each ending with a newline."""
    _check_buffer(s)
    s = bytes(s)
    lines = [binascii.b2a_base64(s[i:i + MAXBINSIZE]) for i in range(0, len(s), MAXBINSIZE)]
    return b''.join(lines)


def decodebytes(s):
    _check_buffer(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Base64-encodes the binary file input into the binary file output."""
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            break
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


# -- Base32 and Base16 --------------------------------------------------------------------------------------------

_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
_B32_PADS = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}   # trailing bytes -> '=' count


def _b32encode(alphabet, s):
    s = _encode_input(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = int.from_bytes(chunk + bytes(5 - len(chunk)), 'big')
        group = bytes(alphabet[(n >> shift) & 31] for shift in range(35, -1, -5))
        pads = _B32_PADS[len(chunk) % 5]
        out += group[:8 - pads] + b'=' * pads
    return bytes(out)


def _b32decode(alphabet, s, casefold, map01):
    s = _decode_input(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _decode_input(map01)
        assert len(map01) == 1, repr(map01)
        s = _translate(s, b'01', b'O' + map01)
    if casefold:
        s = s.upper()
    body = s.rstrip(b'=')
    pads = len(s) - len(body)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(body), 8):
        n = 0
        for c in body[i:i + 8]:
            v = values.get(c)
            if v is None:
                raise binascii.Error('Non-base32 digit found')
            n = (n << 5) | v
        out += (n << (5 * (8 - len(body[i:i + 8])))).to_bytes(5, 'big')
    if pads:
        keep = {1: 4, 3: 3, 4: 2, 6: 1}.get(pads)
        if keep is None or not body:
            raise binascii.Error('Incorrect padding')
        del out[len(out) - 5 + keep:]
    return bytes(out)


def b32encode(s):
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold, None)


def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _decode_input(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b'0123456789ABCDEF':
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# -- Ascii85, Base85 and Z85 -----------------------------------------------------------------------------------------

_A85START = b'<~'
_A85END = b'~>'
_B85CHARS = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_Z85CHARS = (b'0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#')


def _words85(data, alphabet, fold_zero, fold_spaces, pad):
    """The base-85 digits of data taken four bytes at a time; the last group loses the padding's digits."""
    padding = -len(data) % 4
    data = data + bytes(padding)
    groups = []
    for i in range(0, len(data), 4):
        word = int.from_bytes(data[i:i + 4], 'big')
        if fold_zero and word == 0:
            groups.append(b'z')
        elif fold_spaces and word == 0x20202020:
            groups.append(b'y')
        else:
            digits = bytearray(5)
            for j in range(4, -1, -1):
                word, digits[j] = divmod(word, 85)
            groups.append(bytes(alphabet[d] for d in digits))
    if padding and not pad:
        if groups[-1] == b'z':
            groups[-1] = bytes((alphabet[0],)) * 5
        groups[-1] = groups[-1][:-padding]
    return b''.join(groups)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    b = _encode_input(b)
    text = _words85(b, bytes(range(33, 118)), True, foldspaces, pad)
    if adobe:
        text = _A85START + text
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [text[i:i + width] for i in range(0, len(text), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')
        text = b'\n'.join(lines)
    if adobe:
        text += _A85END
    return text


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\x0b'):
    b = _decode_input(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError('Ascii85 encoded byte sequences must end with %r' % (_A85END,))
        b = b[2:-2] if b.startswith(_A85START) else b[:-2]
    out = bytearray()
    group = []
    for c in b:
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                out += _a85word(group)
                group = []
        elif c == 122:   # 'z'
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and c == 121:   # 'y'
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    if group:
        padding = 5 - len(group)
        out += _a85word(group + [84] * padding)[:-padding]
    return bytes(out)


def _a85word(digits):
    word = 0
    for d in digits:
        word = word * 85 + d
    if word > 0xFFFFFFFF:
        raise ValueError('Ascii85 overflow')
    return word.to_bytes(4, 'big')


def b85encode(b, pad=False):
    return _words85(_encode_input(b), _B85CHARS, False, False, pad)


def _b85decode(b, alphabet, name):
    values = {c: i for i, c in enumerate(alphabet)}
    padding = -len(b) % 5
    b = b + bytes((alphabet[84],)) * padding
    out = bytearray()
    for i in range(0, len(b), 5):
        word = 0
        for j, c in enumerate(b[i:i + 5]):
            v = values.get(c)
            if v is None:
                raise ValueError('bad %s character at position %d' % (name, i + j))
            word = word * 85 + v
        if word > 0xFFFFFFFF:
            raise ValueError('%s overflow in hunk starting at byte %d' % (name, i))
        out += word.to_bytes(4, 'big')
    if padding:
        del out[-padding:]
    return bytes(out)


def b85decode(b):
    return _b85decode(_decode_input(b), _B85CHARS, 'base85')


def z85encode(s):
    return _words85(_encode_input(s), _Z85CHARS, False, False, False)


def z85decode(s):
    return _b85decode(_decode_input(s), _Z85CHARS, 'z85')
