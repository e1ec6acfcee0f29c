"""Conversion between Python values and C structs packed into bytes (CPython 3.13's struct, x86-64 Linux)."""

import math as _math

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


# code -> (native size, standard size); native alignment equals the native size (x86-64 System V).
_SIZES = {
    'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1),
    'h': (2, 2), 'H': (2, 2), 'i': (4, 4), 'I': (4, 4), 'l': (8, 4), 'L': (8, 4),
    'q': (8, 8), 'Q': (8, 8), 'n': (8, None), 'N': (8, None), 'P': (8, None),
    'e': (2, 2), 'f': (4, 4), 'd': (8, 8), 's': (1, 1), 'p': (1, 1),
}
_SIGNED = frozenset('bhilqn')
_UNSIGNED = frozenset('BHILQNP')
_FLOATS = {'e': (5, 10), 'f': (8, 23), 'd': (11, 52)}   # exponent bits, fraction bits
_ORDERS = {'@': ('little', True), '=': ('little', False), '<': ('little', False), '>': ('big', False),
           '!': ('big', False)}
_MAX_SIZE = (1 << 63) - 1


def _format_text(fmt):
    if isinstance(fmt, str):
        return fmt
    if isinstance(fmt, (bytes, bytearray)):
        return bytes(fmt).decode('latin-1')
    raise TypeError('Struct() argument 1 must be a str or bytes object, not ' + type(fmt).__name__)


def _parse(text):
    """The items (code, count, offset, size) of a format, the byte order, nativeness and total size."""
    order, native = 'little', True
    pos = 0
    if text and text[0] in _ORDERS:
        order, native = _ORDERS[text[0]]
        pos = 1
    items = []
    offset = 0
    n = len(text)
    while pos < n:
        ch = text[pos]
        if ch.isspace():
            pos += 1
            continue
        count = None
        if '0' <= ch <= '9':
            start = pos
            while pos < n and '0' <= text[pos] <= '9':
                pos += 1
            count = int(text[start:pos])
            if pos >= n:
                raise error('repeat count given without format specifier')
            ch = text[pos]
        pos += 1
        sizes = _SIZES.get(ch)
        if sizes is None or (not native and sizes[1] is None):
            raise error('bad char in struct format')
        size = sizes[0] if native else sizes[1]
        if native and ch not in 'xcbB?sp' and offset % size:
            offset += size - offset % size
        if count is None:
            count = 1
        if offset + count * size > _MAX_SIZE:
            raise error('total struct size too long')
        if ch in 'sp':
            items.append((ch, count, offset, count))
            offset += count
        elif ch == 'x':
            offset += count
        else:
            for _ in range(count):
                items.append((ch, 1, offset, size))
                offset += size
    return items, order, native, offset


def _buffer(data):
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if isinstance(data, memoryview):
        return data.tobytes()
    tobytes = getattr(type(data), 'tobytes', None)
    if tobytes is not None:
        return tobytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _integer(value):
    if isinstance(value, int):
        return value
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise error('required argument is not an integer')
    return index(value)


def _float(value):
    if isinstance(value, float):
        return value
    if isinstance(value, int):
        return float(value)
    conv = getattr(type(value), '__float__', None)
    if conv is None:
        conv = getattr(type(value), '__index__', None)
    if conv is None:
        raise error('required argument is not a float')
    return float(conv(value))


def _range_error(code, lo, hi):
    return error("'%s' format requires %d <= number <= %d" % (code, lo, hi))


def _int_bits(code, value, size):
    value = _integer(value)
    bits = 8 * size
    if code == 'P':
        if not -(1 << 63) <= value < (1 << 64):
            raise OverflowError('int too big to convert')
        return value & ((1 << 64) - 1)
    if code in _SIGNED:
        lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    else:
        lo, hi = 0, (1 << bits) - 1
    if not lo <= value <= hi:
        raise _range_error(code, lo, hi)
    return value & ((1 << bits) - 1)


def _float_bits(code, x, native):
    """IEEE 754 bits of x rounded (half to even) to the code's format; OverflowError as CPython's."""
    ebits, fbits = _FLOATS[code]
    bias = (1 << (ebits - 1)) - 1
    top = (1 << ebits) - 1
    sign = 1 if _math.copysign(1.0, x) < 0 else 0
    signbit = sign << (ebits + fbits)
    if x != x:
        return signbit | (top << fbits) | (1 << (fbits - 1))
    if x in (_INF, -_INF):
        return signbit | (top << fbits)
    if x == 0:
        return signbit
    m, e = _math.frexp(abs(x))
    mant = int(m * (1 << 53))
    exp = e - 53                        # |x| = mant * 2**exp exactly
    lead = exp + mant.bit_length() - 1
    quantum = max(lead - fbits, 1 - bias - fbits)
    shift = quantum - exp
    if shift > 0:
        rest = mant & ((1 << shift) - 1)
        mant >>= shift
        half = 1 << (shift - 1)
        if rest > half or (rest == half and mant & 1):
            mant += 1
    else:
        mant <<= -shift
    if mant >> (fbits + 1):             # rounding carried into a new binade
        mant >>= 1
        quantum += 1
    if mant >> fbits:
        biased = quantum + fbits + bias
        if biased >= top:
            if native and code == 'f':
                return signbit | (top << fbits)
            raise OverflowError('float too large to pack with %s format' % code)
        return signbit | (biased << fbits) | (mant & ((1 << fbits) - 1))
    return signbit | mant


def _bits_float(code, bits):
    ebits, fbits = _FLOATS[code]
    bias = (1 << (ebits - 1)) - 1
    top = (1 << ebits) - 1
    negative = bits >> (ebits + fbits)
    biased = (bits >> fbits) & top
    frac = bits & ((1 << fbits) - 1)
    if biased == top:
        value = _NAN if frac else _INF
    elif biased == 0:
        value = _math.ldexp(frac, 1 - bias - fbits)
    else:
        value = _math.ldexp(frac | (1 << fbits), biased - bias - fbits)
    return -value if negative else value


_INF = float('inf')
_NAN = float('nan')


class Struct:
    """A compiled format: Struct(format)."""

    def __init__(self, format):
        text = _format_text(format)
        self._items, self._order, self._native, self._size = _parse(text)
        self._format = text

    @property
    def format(self):
        return self._format

    @property
    def size(self):
        return self._size

    def __repr__(self):
        return 'Struct(%r)' % self._format

    def _encode(self, args, name):
        if len(args) != len(self._items):
            raise error('%s expected %d items for packing (got %d)' % (name, len(self._items), len(args)))
        out = bytearray(self._size)
        order, native = self._order, self._native
        for (code, count, offset, size), value in zip(self._items, args):
            if code in 'sp':
                if not isinstance(value, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object" % code)
                if code == 's':
                    chunk = bytes(value[:count])
                elif count:
                    body = bytes(value[:min(count - 1, 255)])
                    chunk = bytes((len(body),)) + body
                else:
                    chunk = b''
                out[offset:offset + len(chunk)] = chunk
            elif code == 'c':
                if not isinstance(value, bytes) or len(value) != 1:
                    raise error('char format requires a bytes object of length 1')
                out[offset] = value[0]
            elif code == '?':
                out[offset] = 1 if value else 0
            elif code in _FLOATS:
                bits = _float_bits(code, _float(value), native)
                out[offset:offset + size] = bits.to_bytes(size, order)
            else:
                out[offset:offset + size] = _int_bits(code, value, size).to_bytes(size, order)
        return out

    def _decode(self, data):
        order = self._order
        result = []
        for code, count, offset, size in self._items:
            chunk = data[offset:offset + size]
            if code == 's':
                result.append(bytes(chunk))
            elif code == 'p':
                n = min(chunk[0], count - 1) if count else 0
                result.append(bytes(chunk[1:1 + n]))
            elif code == 'c':
                result.append(bytes(chunk))
            elif code == '?':
                result.append(chunk[0] != 0)
            elif code in _FLOATS:
                result.append(_bits_float(code, int.from_bytes(chunk, order)))
            else:
                result.append(int.from_bytes(chunk, order, signed=code in _SIGNED))
        return tuple(result)

    def pack(self, *args):
        return bytes(self._encode(args, 'pack'))

    def pack_into(self, buffer, offset, *args):
        packed = self._encode(args, 'pack_into')
        if not isinstance(buffer, (bytearray, memoryview)) and not hasattr(buffer, '__setitem__'):
            raise TypeError('argument must be read-write bytes-like object, not ' + type(buffer).__name__)
        offset = _integer_offset(offset)
        length = len(buffer)
        if offset < 0:
            if offset + self._size > 0:
                raise error('no space to pack %d bytes at offset %d' % (self._size, offset))
            if offset + length < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, length))
            offset += length
        if length - offset < self._size:
            raise error('pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d '
                        '(actual buffer size is %d)' % (self._size + offset, self._size, offset, length))
        buffer[offset:offset + self._size] = packed

    def unpack(self, buffer, /):
        data = _buffer(buffer)
        if len(data) != self._size:
            raise error('unpack requires a buffer of %d bytes' % self._size)
        return self._decode(data)

    def unpack_from(self, buffer, offset=0):
        data = _buffer(buffer)
        offset = _integer_offset(offset)
        length = len(data)
        if offset < 0:
            if offset + length < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, length))
            offset += length
        if length - offset < self._size:
            raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d '
                        '(actual buffer size is %d)' % (self._size + offset, self._size, offset, length))
        return self._decode(data[offset:offset + self._size])

    def iter_unpack(self, buffer, /):
        if self._size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        data = _buffer(buffer)
        if len(data) % self._size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % self._size)
        return unpack_iterator(self, data)


def _integer_offset(offset):
    if isinstance(offset, int):
        return offset
    index = getattr(type(offset), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(offset).__name__)
    return index(offset)


class unpack_iterator:
    """The iterator iter_unpack returns: one tuple per struct-sized chunk."""

    def __init__(self, struct, data):
        self._struct = struct
        self._data = data
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        size = self._struct._size
        if self._pos + size > len(self._data):
            raise StopIteration
        chunk = self._data[self._pos:self._pos + size]
        self._pos += size
        return self._struct._decode(chunk)

    def __length_hint__(self):
        return (len(self._data) - self._pos) // self._struct._size


unpack_iterator.__module__ = '_struct'

_cache = {}


def _compiled(fmt):
    key = (type(fmt), fmt) if isinstance(fmt, (str, bytes)) else None
    s = _cache.get(key) if key is not None else None
    if s is None:
        s = Struct(fmt)
        if key is not None:
            if len(_cache) > 100:
                _cache.clear()
            _cache[key] = s
    return s


def calcsize(format, /):
    return _compiled(format).size


def pack(*args):
    if not args:
        raise TypeError('missing format argument')
    return _compiled(args[0]).pack(*args[1:])


def pack_into(format, buffer, offset, /, *args):
    return _compiled(format).pack_into(buffer, offset, *args)


def unpack(format, buffer, /):
    return _compiled(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    return _compiled(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    return _compiled(format).iter_unpack(buffer)
