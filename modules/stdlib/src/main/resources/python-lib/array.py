"""Typed arrays of numbers and characters (CPython 3.13's array module, x86-64 Linux item sizes)."""

import struct as _struct


typecodes = 'bBuwhHiIlLqQfd'

# typecode -> (itemsize, struct code with the native layout)
_LAYOUT = {'b': (1, 'b'), 'B': (1, 'B'), 'u': (4, 'I'), 'w': (4, 'I'), 'h': (2, 'h'), 'H': (2, 'H'),
           'i': (4, 'i'), 'I': (4, 'I'), 'l': (8, 'q'), 'L': (8, 'Q'), 'q': (8, 'q'), 'Q': (8, 'Q'),
           'f': (4, 'f'), 'd': (8, 'd')}

_LONG_MAX = (1 << 63) - 1
_ULONG_MAX = (1 << 64) - 1
# typecode -> (min, max, message below min, message above max), for the codes converted through a C long
_SMALL_INTS = {
    'b': (-128, 127, 'signed char is less than minimum', 'signed char is greater than maximum'),
    'B': (0, 255, 'unsigned byte integer is less than minimum', 'unsigned byte integer is greater than maximum'),
    'h': (-32768, 32767, 'signed short integer is less than minimum', 'signed short integer is greater than maximum'),
    'H': (0, 65535, 'unsigned short is less than minimum', 'unsigned short is greater than maximum'),
    'i': (-2**31, 2**31 - 1, 'signed integer is less than minimum', 'signed integer is greater than maximum'),
}


def _as_index(v):
    if isinstance(v, int):
        return int(v)
    index = getattr(type(v), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return index(v)


def _check_int(code, v):
    v = _as_index(v)
    if code in _SMALL_INTS:
        lo, hi, low_msg, high_msg = _SMALL_INTS[code]
        if not -_LONG_MAX - 1 <= v <= _LONG_MAX:
            raise OverflowError('Python int too large to convert to C long')
        if v < lo:
            raise OverflowError(low_msg)
        if v > hi:
            raise OverflowError(high_msg)
    elif code == 'l':
        if not -_LONG_MAX - 1 <= v <= _LONG_MAX:
            raise OverflowError('Python int too large to convert to C long')
    elif code in 'IL':
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v > _ULONG_MAX:
            raise OverflowError('Python int too large to convert to C unsigned long')
        if code == 'I' and v > 0xFFFFFFFF:
            raise OverflowError('unsigned int is greater than maximum')
    elif code == 'q':
        if not -_LONG_MAX - 1 <= v <= _LONG_MAX:
            raise OverflowError('int too big to convert')
    else:
        if v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if v > _ULONG_MAX:
            raise OverflowError('int too big to convert')
    return v


def _check_float(code, v):
    if isinstance(v, float):
        value = v
    elif isinstance(v, int):
        value = float(v)
    else:
        conv = getattr(type(v), '__float__', None) or getattr(type(v), '__index__', None)
        if conv is None:
            raise TypeError('must be real number, not %s' % type(v).__name__)
        value = float(conv(v))
    if code == 'f':
        # stored as a C float: keep the rounded value, as reading it back gives
        return _struct.unpack('f', _struct.pack('@f', value))[0]
    return value


def _check_char(v):
    if not isinstance(v, str) or len(v) != 1:
        raise TypeError('array item must be unicode character')
    return v


def _checker(code):
    if code in 'uw':
        return _check_char
    if code in 'fd':
        return lambda v: _check_float(code, v)
    return lambda v: _check_int(code, v)


class array:
    """array(typecode[, initializer]): a compact sequence of values of one C type."""

    def __new__(cls, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s' % type(typecode).__name__)
        if typecode not in _LAYOUT:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self = object.__new__(cls)
        self._code = typecode
        self._check = _checker(typecode)
        self._items = []
        if initializer is None:
            return self
        if isinstance(initializer, str):
            if typecode not in 'uw':
                raise TypeError('cannot use a str to initialize an array with typecode %r' % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if (initializer._code in 'uw') != (typecode in 'uw'):
                raise TypeError('cannot use a unicode array to initialize an array with typecode %r' % typecode)
            self._items = [self._check(v) for v in initializer._items]
        else:
            self._items = [self._check(v) for v in initializer]
        return self

    def __init__(self, typecode, initializer=None, /):
        pass

    # -- attributes and conversions ---------------------------------------------------------------------------------
    @property
    def typecode(self):
        return self._code

    @property
    def itemsize(self):
        return _LAYOUT[self._code][0]

    def buffer_info(self):
        return (id(self), len(self._items))

    def _format(self, n):
        return '@%d%s' % (n, _LAYOUT[self._code][1])

    def tobytes(self):
        values = [ord(c) for c in self._items] if self._code in 'uw' else self._items
        return _struct.pack(self._format(len(values)), *values)

    def __bytes__(self):
        return self.tobytes()

    def frombytes(self, buffer, /):
        if isinstance(buffer, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(buffer)
        size = self.itemsize
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        values = _struct.unpack(self._format(len(data) // size), data)
        if self._code in 'uw':
            values = [chr(v) for v in values]
        self._items.extend(values)

    def tolist(self):
        return list(self._items)

    def fromlist(self, list, /):
        if not isinstance(list, _list):
            raise TypeError('arg must be list')
        self._items.extend([self._check(v) for v in list])

    def tounicode(self):
        if self._code not in 'uw':
            raise ValueError("tounicode() may only be called on unicode type arrays ('u' or 'w')")
        return ''.join(self._items)

    def fromunicode(self, ustr, /):
        if self._code not in 'uw':
            raise ValueError("fromunicode() may only be called on unicode type arrays ('u' or 'w')")
        if not isinstance(ustr, str):
            raise TypeError('fromunicode() argument must be str, not %s' % type(ustr).__name__)
        self._items.extend(ustr)

    def tofile(self, f, /):
        f.write(self.tobytes())

    def fromfile(self, f, n, /):
        if n < 0:
            raise ValueError('negative count')
        want = n * self.itemsize
        data = f.read(want)
        if not isinstance(data, bytes):
            raise TypeError('read() didn\'t return bytes')
        whole = len(data) - len(data) % self.itemsize
        self.frombytes(data[:whole])
        if len(data) != want:
            raise EOFError('read() didn\'t return enough bytes')

    # -- list-like methods -----------------------------------------------------------------------------------------
    def append(self, v, /):
        self._items.append(self._check(v))

    def extend(self, bb, /):
        if isinstance(bb, array):
            if bb._code != self._code:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(bb._items)
            return
        for v in bb:
            self._items.append(self._check(v))

    def insert(self, i, v, /):
        i = _as_index(i)
        self._items.insert(i, self._check(v))

    def pop(self, i=-1, /):
        i = _as_index(i)
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v, /):
        for i, x in enumerate(self._items):
            if x == v:
                del self._items[i]
                return
        raise ValueError('array.remove(x): x not in array')

    def index(self, v, start=0, stop=_LONG_MAX, /):
        n = len(self._items)
        start, stop = _as_index(start), _as_index(stop)
        if start < 0:
            start = max(0, start + n)
        if stop < 0:
            stop = max(0, stop + n)
        for i in range(start, min(stop, n)):
            if self._items[i] == v:
                return i
        raise ValueError('array.index(x): x not in array')

    def count(self, v, /):
        return sum(1 for x in self._items if x == v)

    def reverse(self):
        self._items.reverse()

    def byteswap(self):
        size = self.itemsize
        if size == 1:
            return
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        del self._items[:]
        self.frombytes(swapped)

    def __copy__(self):
        return array(self._code, self)

    def __deepcopy__(self, memo, /):
        return array(self._code, self)

    def __reduce_ex__(self, protocol, /):
        return (array, (self._code, self.tolist()), None)

    # -- sequence protocol ----------------------------------------------------------------------------------------
    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return any(x == v for x in self._items)

    def _new(self, items):
        a = array(self._code)
        a._items = items
        return a

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._new(self._items[index])
        if not isinstance(index, int) and getattr(type(index), '__index__', None) is None:
            raise TypeError('array indices must be integers')
        try:
            return self._items[_as_index(index)]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(value).__name__)
            if value._code != self._code:
                raise TypeError('bad argument type for built-in operation')
            if index.step not in (None, 1):
                target = range(*index.indices(len(self._items)))
                if len(target) != len(value._items):
                    raise ValueError('attempt to assign array of size %d to extended slice of size %d'
                                     % (len(value._items), len(target)))
            self._items[index] = list(value._items)
            return
        if not isinstance(index, int) and getattr(type(index), '__index__', None) is None:
            raise TypeError('array indices must be integers')
        value = self._check(value)
        try:
            self._items[_as_index(index)] = value
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, index):
        if isinstance(index, slice):
            del self._items[index]
            return
        try:
            del self._items[_as_index(index)]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._code != self._code:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        return self._new(self._items * _as_index(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= _as_index(n)
        return self

    # -- comparisons: element by element, arrays only ----------------------------------------------------------------
    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def __repr__(self):
        if not self._items:
            return 'array(%r)' % self._code
        if self._code in 'uw':
            return 'array(%r, %r)' % (self._code, ''.join(self._items))
        return 'array(%r, %r)' % (self._code, self._items)


_list = list
ArrayType = array
