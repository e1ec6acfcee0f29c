"""Conversions between binary data and ASCII encodings (hex, base64) and the CRC-32 / CRC-CCITT checksums."""

__all__ = ['Error', 'Incomplete', 'a2b_base64', 'a2b_hex', 'b2a_base64', 'b2a_hex', 'crc32', 'crc_hqx',
           'hexlify', 'unhexlify']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUES = {c: i for i, c in enumerate(_B64)}
_PAD = 61  # '='


def _bytes_arg(data):
    """A binary input: any bytes-like object."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    tobytes = getattr(type(data), 'tobytes', None)
    if tobytes is None:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    return tobytes(data)


def _ascii_arg(data):
    """An ASCII input of the a2b_* functions: bytes-like or an ASCII-only str."""
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    return _bytes_arg(data)


def _separated(text, sep, bytes_per_sep):
    """Joins hex digit pairs with sep every bytes_per_sep bytes, counting from the right (from the left if < 0)."""
    if sep is None:
        return text
    if isinstance(sep, str):
        sep = sep.encode('ascii') if sep.isascii() else sep
        if isinstance(sep, str):
            raise ValueError('sep must be ASCII.')
    sep = _bytes_arg(sep)
    if len(sep) != 1:
        raise ValueError('sep must be length 1.')
    n = len(text) // 2
    group = abs(bytes_per_sep)
    if group == 0 or n == 0:
        return text
    pieces = []
    if bytes_per_sep > 0:
        first = n % group or group
        pieces.append(text[:2 * first])
        pos = 2 * first
    else:
        pos = 0
    while pos < len(text):
        pieces.append(text[pos:pos + 2 * group])
        pos += 2 * group
    return sep.join(pieces)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    return _separated(_bytes_arg(data).hex().encode('ascii'), sep, bytes_per_sep)


hexlify = b2a_hex


def a2b_hex(hexstr, /):
    data = _ascii_arg(hexstr)
    if len(data) % 2:
        raise Error('Odd-length string')
    digits = b'0123456789abcdefABCDEF'
    for c in data:
        if c not in digits:
            raise Error('Non-hexadecimal digit found')
    return bytes.fromhex(data.decode('ascii'))


unhexlify = a2b_hex


def b2a_base64(data, /, *, newline=True):
    data = _bytes_arg(data)
    out = bytearray()
    table = _B64
    full = len(data) - len(data) % 3
    for i in range(0, full, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((table[n >> 18], table[(n >> 12) & 63], table[(n >> 6) & 63], table[n & 63]))
    rest = len(data) - full
    if rest == 1:
        n = data[full] << 16
        out += bytes((table[n >> 18], table[(n >> 12) & 63], _PAD, _PAD))
    elif rest == 2:
        n = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes((table[n >> 18], table[(n >> 12) & 63], table[(n >> 6) & 63], _PAD))
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, /, *, strict_mode=False):
    data = _ascii_arg(data)
    out = bytearray()
    values = _B64_VALUES
    quad = 0           # position inside the current group of four characters
    pads = 0
    padding = False    # a '=' has been seen
    acc = 0
    count = 0          # data characters seen
    complete = False
    for i, c in enumerate(data):
        if c == _PAD:
            padding = True
            if strict_mode and i == 0:
                raise Error('Leading padding not allowed')
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict_mode and i + 1 < len(data):
                        raise Error('Excess data after padding')
                    complete = True
                    break
            continue
        v = values.get(c)
        if v is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        count += 1
        acc = ((acc << 6) | v) & 0xFFFFFF
        quad = (quad + 1) % 4
        if quad == 2:
            out.append((acc >> 4) & 0xFF)
        elif quad == 3:
            out.append((acc >> 2) & 0xFF)
        elif quad == 0:
            out.append(acc & 0xFF)
    if not complete and quad:
        if quad == 1:
            raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than '
                        'a multiple of 4' % count)
        raise Error('Incorrect padding')
    return bytes(out)


def _crc32_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


def _crc_hqx_table():
    table = []
    for n in range(256):
        c = n << 8
        for _ in range(8):
            c = ((c << 1) ^ 0x1021) & 0xFFFF if c & 0x8000 else (c << 1) & 0xFFFF
        table.append(c)
    return table


_CRC32 = None
_CRC_HQX = None


def crc32(data, crc=0, /):
    global _CRC32
    data = _bytes_arg(data)
    try:
        import zlib
        return zlib.crc32(data, crc)
    except ImportError:
        pass
    if _CRC32 is None:
        _CRC32 = _crc32_table()
    table = _CRC32
    c = (crc & 0xFFFFFFFF) ^ 0xFFFFFFFF
    for b in data:
        c = table[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def crc_hqx(data, crc, /):
    global _CRC_HQX
    data = _bytes_arg(data)
    if _CRC_HQX is None:
        _CRC_HQX = _crc_hqx_table()
    table = _CRC_HQX
    c = crc & 0xFFFF
    for b in data:
        c = ((c << 8) & 0xFF00) ^ table[(c >> 8) ^ b]
    return c
