"""HMAC (keyed-hashing for message authentication, RFC 2104) over hashlib, as in CPython 3.13.

Written in Python here: there is no OpenSSL HMAC underneath, so `HMAC` always keeps an inner and an
outer hash object (the `_hmac` slot stays None).
"""

import hashlib as _hashlib

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# The size of the digests returned by HMAC depends on the underlying hashing module used.
digest_size = None


def _xor(key, table):
    # key.translate(table), spelled out (bytes.translate may be missing in the runtime)
    return bytes([table[b] for b in key])


def _as_bytes(obj):
    # the bytes of a bytes-like object, or None
    if isinstance(obj, bytes):
        return obj
    if isinstance(obj, str):
        return None
    try:
        return bytes(memoryview(obj))
    except TypeError:
        return None


def compare_digest(a, b):
    """Return 'a == b', comparing in a time that depends on the length of b only."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        x = a.encode('ascii')
        y = b.encode('ascii')
    else:
        x = _as_bytes(a)
        y = _as_bytes(b)
        if x is None and y is None:
            raise TypeError("unsupported operand types(s) or combination of types: "
                            f"'{type(a).__name__}' and '{type(b).__name__}'")
        if x is None:
            raise TypeError(f"a bytes-like object is required, not '{type(a).__name__}'")
        if y is None:
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
    # walk the whole of b whatever the outcome
    diff = 0 if len(x) == len(y) else 1
    left = x if len(x) == len(y) else y
    for i in range(len(y)):
        diff |= left[i] ^ y[i]
    return diff == 0


def _constructor(digestmod):
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


class HMAC:
    """RFC 2104 HMAC class.  Also complies with RFC 4231."""

    blocksize = 64  # 512-bit HMAC; can be changed in subclasses.

    __slots__ = ("_hmac", "_inner", "_outer", "block_size", "digest_size")

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required argument 'digestmod'.")
        make = _constructor(digestmod)
        self._hmac = None
        self._outer = make()
        self._inner = make()
        self.digest_size = self._inner.digest_size
        blocksize = getattr(self._inner, 'block_size', self.blocksize)
        if blocksize < 16:
            import warnings
            warnings.warn('block_size of %d seems too small; using our default of %d.'
                          % (blocksize, self.blocksize), RuntimeWarning, 2)
            blocksize = self.blocksize
        if len(key) > blocksize:
            key = make(key).digest()
        self.block_size = blocksize
        key = bytes(key) + b'\x00' * (blocksize - len(key))
        self._outer.update(_xor(key, trans_5C))
        self._inner.update(_xor(key, trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Feed data from msg into this hashing object."""
        self._inner.update(msg)

    def copy(self):
        """Return a separate copy of this hashing object."""
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._hmac = None
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        """Return the hash value of this hashing object."""
        return self._current().digest()

    def hexdigest(self):
        """Like digest(), but returns a string of hexadecimal digits instead."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """Create a new hashing object and return it."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """Fast inline implementation of HMAC: return the digest of msg under key."""
    raw = _as_bytes(key)
    if raw is None:
        raise TypeError(f"a bytes-like object is required, not '{type(key).__name__}'")
    key = raw
    make = _constructor(digest)
    inner = make()
    outer = make()
    blocksize = getattr(inner, 'block_size', 64)
    if len(key) > blocksize:
        key = make(key).digest()
    key = bytes(key) + b'\x00' * (blocksize - len(key))
    inner.update(_xor(key, trans_36))
    outer.update(_xor(key, trans_5C))
    inner.update(msg)
    outer.update(inner.digest())
    return outer.digest()
