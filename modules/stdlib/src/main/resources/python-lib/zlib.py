"""zlib-compatible compression (deflate; raw, zlib and gzip framing) over the JDK's engines (_jdkzip)."""

import _jdkzip

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'


class error(Exception):
    pass


def _data(obj):
    if isinstance(obj, bytes):
        return obj
    if isinstance(obj, (bytearray, memoryview)):
        return bytes(obj)
    if isinstance(obj, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    tobytes = getattr(type(obj), 'tobytes', None)
    if tobytes is None:
        raise TypeError("a bytes-like object is required, not '%s'" % type(obj).__name__)
    return tobytes(obj)


def crc32(data, value=0, /):
    return _jdkzip.crc32(_data(data), value & 0xFFFFFFFF)


def adler32(data, value=1, /):
    return _jdkzip.adler32(_data(data), value & 0xFFFFFFFF)


def _framing(wbits, decompress):
    """'zlib', 'raw', 'gzip' or 'auto' (zlib or gzip by the header) for a wbits value, or None if invalid."""
    low = 8 if decompress else 9
    if 8 <= wbits <= 15 or (decompress and wbits == 0):
        return 'zlib'
    if -15 <= wbits <= -low:
        return 'raw'
    if 16 + low <= wbits <= 31 or (decompress and wbits == 16):
        return 'gzip'
    if decompress and (40 <= wbits <= 47 or wbits == 32):
        return 'auto'
    return None


def _gzip_header(level, strategy):
    extra = 2 if level == 9 else 4 if (strategy >= Z_HUFFMAN_ONLY or 0 <= level < 2) else 0
    return b'\x1f\x8b\x08\x00\x00\x00\x00\x00' + bytes((extra, 3))


class _GzipHeaderIncomplete(Exception):
    pass


def _gzip_header_length(data):
    """The length of the gzip member header at the start of data; error if it is not one."""
    if len(data) < 10:
        raise _GzipHeaderIncomplete
    if data[0] != 0x1f or data[1] != 0x8b:
        raise error('Error -3 while decompressing data: incorrect header check')
    if data[2] != 8:
        raise error('Error -3 while decompressing data: unknown compression method')
    flags = data[3]
    pos = 10
    if flags & 4:
        if len(data) < pos + 2:
            raise _GzipHeaderIncomplete
        pos += 2 + data[pos] + (data[pos + 1] << 8)
    for bit in (8, 16):
        if flags & bit:
            end = data.find(b'\0', pos)
            if end < 0:
                raise _GzipHeaderIncomplete
            pos = end + 1
    if flags & 2:
        pos += 2
    if len(data) < pos:
        raise _GzipHeaderIncomplete
    return pos


def _check_level(level):
    if not -1 <= level <= 9:
        raise error('Bad compression level')


class Compress:
    """A compression stream, made by compressobj()."""

    def __init__(self, level, wbits, strategy, zdict):
        self._framing = _framing(wbits, False)
        self._level = level
        self._strategy = strategy
        self._engine = _jdkzip.deflater(level, self._framing != 'zlib', strategy)
        if zdict is not None:
            _jdkzip.deflater_dictionary(self._engine, _data(zdict))
        self._started = False
        self._finished = False
        self._crc = 0
        self._size = 0

    def _header(self):
        if self._started:
            return b''
        self._started = True
        return _gzip_header(self._level, self._strategy) if self._framing == 'gzip' else b''

    def compress(self, data, /):
        data = _data(data)
        if self._finished:
            raise error('Error -2 while compressing data: inconsistent stream state')
        self._crc = crc32(data, self._crc)
        self._size += len(data)
        return self._header() + _jdkzip.deflate(self._engine, data, Z_NO_FLUSH)

    def flush(self, mode=Z_FINISH, /):
        if mode == Z_NO_FLUSH:
            return b''
        if self._finished:
            raise error('Error -2 while flushing: inconsistent stream state')
        out = self._header() + _jdkzip.deflate(self._engine, b'', Z_FINISH if mode == Z_FINISH else
                                               Z_FULL_FLUSH if mode == Z_FULL_FLUSH else Z_SYNC_FLUSH)
        if mode == Z_FINISH:
            self._finished = True
            if self._framing == 'gzip':
                out += self._crc.to_bytes(4, 'little') + (self._size & 0xFFFFFFFF).to_bytes(4, 'little')
            _jdkzip.deflater_end(self._engine)
        return out

    def copy(self):
        raise NotImplementedError('Compress.copy() is not supported by the JDK deflater')


class Decompress:
    """A decompression stream, made by decompressobj()."""

    def __init__(self, wbits, zdict):
        framing = _framing(wbits, True)
        if framing is None:
            raise ValueError('Invalid initialization option')
        self._framing = framing
        self._zdict = zdict
        self._engine = None
        self._pending = b''        # input held back: an unfinished gzip header or trailer
        self._stage = 'header' if framing in ('gzip', 'auto') else 'body'
        self._crc = 0
        self._size = 0
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False

    def _start_body(self, raw):
        self._engine = _jdkzip.inflater(raw)
        if raw and self._zdict:
            _jdkzip.inflater_dictionary(self._engine, _data(self._zdict))
        self._stage = 'body'

    def _read_header(self, data):
        if self._framing == 'auto' and len(data) >= 2 and data[:2] != b'\x1f\x8b':
            self._framing = 'zlib'
            self._start_body(False)
            return data
        try:
            n = _gzip_header_length(data)
        except _GzipHeaderIncomplete:
            self._pending = data
            return None
        self._framing = 'gzip'
        self._start_body(True)
        return data[n:]

    def _inflate(self, data, max_length):
        if self._engine is None:
            self._start_body(self._framing == 'raw')
        try:
            out, used, done, needs_dict = _jdkzip.inflate(self._engine, data, max_length)
        except ValueError as e:
            raise error('Error -3 while decompressing data: %s' % e) from None
        if needs_dict:
            if self._zdict is None:
                raise error('Error 2 while decompressing data')
            _jdkzip.inflater_dictionary(self._engine, _data(self._zdict))
            more, used2, done, _ = _jdkzip.inflate(self._engine, data[used:], max_length - len(out)
                                                   if max_length else 0)
            out += more
            used += used2
        self._crc = crc32(out, self._crc)
        self._size += len(out)
        return out, data[used:], done

    def _run(self, data, max_length):
        data = self._pending + data
        self._pending = b''
        if self.eof:
            self.unused_data += data
            return b''
        if self._stage == 'header':
            data = self._read_header(data)
            if data is None:
                return b''
        out, rest, done = self._inflate(data, max_length)
        if done:
            if self._framing == 'gzip':
                self._stage = 'trailer'
                self._finish_gzip(rest)
            else:
                self.eof = True
                self.unused_data += rest
            self.unconsumed_tail = b''
        else:
            self.unconsumed_tail = rest
        return out

    def _finish_gzip(self, rest):
        if len(rest) < 8:
            self._pending = rest
            return
        crc = int.from_bytes(rest[:4], 'little')
        size = int.from_bytes(rest[4:8], 'little')
        if crc != self._crc:
            raise error('Error -3 while decompressing data: incorrect data check')
        if size != self._size & 0xFFFFFFFF:
            raise error('Error -3 while decompressing data: incorrect length check')
        self.eof = True
        self.unused_data += rest[8:]

    def decompress(self, data, /, max_length=0):
        data = _data(data)
        if max_length < 0:
            raise ValueError('max_length must be non-negative')
        if self._stage == 'trailer' and not self.eof:
            self._pending += data
            self._finish_gzip(self._pending)
            if self.eof:
                self._pending = b''
            return b''
        return self._run(data, max_length)

    def flush(self, length=DEF_BUF_SIZE, /):
        if length <= 0:
            raise ValueError('length must be greater than zero')
        if self.eof or self._stage == 'trailer':
            return b''
        tail = self.unconsumed_tail
        self.unconsumed_tail = b''
        return self._run(tail, 0)

    def copy(self):
        raise NotImplementedError('Decompress.copy() is not supported by the JDK inflater')


# the types keep CPython's names but, as there, are not module attributes
_Compress, _Decompress = Compress, Decompress
del Compress, Decompress


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,
                strategy=Z_DEFAULT_STRATEGY, zdict=None):
    if not -1 <= level <= 9 or method != DEFLATED or _framing(wbits, False) is None or not 1 <= memLevel <= 9:
        raise ValueError('Invalid initialization option')
    return _Compress(level, wbits, strategy, zdict)


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    if zdict is not None and not isinstance(zdict, (bytes, bytearray, memoryview)):
        raise TypeError('zdict argument must support the buffer protocol')
    return _Decompress(wbits, bytes(zdict) if zdict else None)


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    data = _data(data)
    _check_level(level)
    if _framing(wbits, False) is None:
        raise error('Bad compression level')
    c = _Compress(level, wbits, Z_DEFAULT_STRATEGY, None)
    return c.compress(data) + c.flush()


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    data = _data(data)
    if bufsize < 0:
        raise ValueError('bufsize must be non-negative')
    if _framing(wbits, True) is None:
        raise error('Error -2 while preparing to decompress data: inconsistent stream state')
    d = _Decompress(wbits, None)
    out = d.decompress(data)
    if not d.eof:
        raise error('Error -5 while decompressing data: incomplete or truncated stream')
    return out
