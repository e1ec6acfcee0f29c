"""Serialize and rebuild Python objects (CPython 3.13's pickle), written for Tiercel.

The Pickler writes what CPython's C pickler writes, byte for byte: the same opcodes, memo indices,
batches of 1000, frames in protocol 4+ and protocol 0-2 names of the Python 2 era."""

import sys
import copyreg
from copyreg import dispatch_table, _extension_registry, _inverted_registry, _extension_cache

__all__ = ['PickleBuffer', 'PickleError', 'PicklingError', 'UnpicklingError', 'Pickler', 'Unpickler', 'dump',
           'dumps', 'load', 'loads', 'ADDITEMS', 'APPEND', 'APPENDS', 'BINBYTES', 'BINBYTES8', 'BINFLOAT',
           'BINGET', 'BININT', 'BININT1', 'BININT2', 'BINPERSID', 'BINPUT', 'BINSTRING', 'BINUNICODE',
           'BINUNICODE8', 'BUILD', 'BYTEARRAY8', 'DEFAULT_PROTOCOL', 'DICT', 'DUP', 'EMPTY_DICT', 'EMPTY_LIST',
           'EMPTY_SET', 'EMPTY_TUPLE', 'EXT1', 'EXT2', 'EXT4', 'FALSE', 'FLOAT', 'FRAME', 'FROZENSET', 'GET',
           'GLOBAL', 'HIGHEST_PROTOCOL', 'INST', 'INT', 'LIST', 'LONG', 'LONG1', 'LONG4', 'LONG_BINGET',
           'LONG_BINPUT', 'MARK', 'MEMOIZE', 'NEWFALSE', 'NEWOBJ', 'NEWOBJ_EX', 'NEWTRUE', 'NEXT_BUFFER', 'NONE',
           'OBJ', 'PERSID', 'POP', 'POP_MARK', 'PROTO', 'PUT', 'READONLY_BUFFER', 'REDUCE', 'SETITEM', 'SETITEMS',
           'SHORT_BINBYTES', 'SHORT_BINSTRING', 'SHORT_BINUNICODE', 'STACK_GLOBAL', 'STOP', 'STRING', 'TRUE',
           'TUPLE', 'TUPLE1', 'TUPLE2', 'TUPLE3', 'UNICODE']

format_version = '4.0'
compatible_formats = ['1.0', '1.1', '1.2', '1.3', '2.0', '3.0', '4.0', '5.0']
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

bytes_types = (bytes, bytearray)
_BYTES_LIKE = (bytes, bytearray) + ((memoryview,) if 'memoryview' in dir(__builtins__ if isinstance(__builtins__, dict) else __builtins__) else ())


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""


class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the dump() method."""


class UnpicklingError(PickleError):
    """This exception is raised when there is a problem unpickling an object."""


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class PickleBuffer:
    """Wrapper for potentially out-of-band buffers (bytes-like objects)."""

    def __init__(self, buffer):
        if not isinstance(buffer, _BYTES_LIKE):
            raise TypeError(f"a bytes-like object is required, not '{type(buffer).__name__}'")
        self._buffer = buffer

    def raw(self):
        if self._buffer is None:
            raise ValueError('operation forbidden on released PickleBuffer object')
        return memoryview(self._buffer)

    def release(self):
        self._buffer = None


# --- opcodes ---
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_BATCHSIZE = 1000
_FRAME_SIZE_TARGET = 64 * 1024
_FRAME_SIZE_MIN = 4
_TUPLE_OPS = (EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3)


# --- binary numbers (there is no struct module to lean on) ---

def _u8(n):
    return bytes((n,))


def _u16(n):
    return n.to_bytes(2, 'little')


def _u32(n):
    return n.to_bytes(4, 'little')


def _i32(n):
    return n.to_bytes(4, 'little', signed=True)


def _u64(n):
    return n.to_bytes(8, 'little')


def encode_long(x):
    """The shortest little-endian two's-complement bytes of x (b'' for 0)."""
    if x == 0:
        return b''
    size = 1
    while not -(1 << (8 * size - 1)) <= x < (1 << (8 * size - 1)):
        size += 1
    return x.to_bytes(size, 'little', signed=True)


def decode_long(data):
    """Decode a long from a two's complement little-endian binary string."""
    return int.from_bytes(data, 'little', signed=True)


def _pack_double(x):
    """The IEEE 754 binary64 bits of x, big-endian (the BINFLOAT payload), read off float.hex()."""
    text = x.hex()
    sign = 1 if text.startswith('-') else 0
    if x != x:
        bits = 0x7FF8 << 48
    elif x in (float('inf'), float('-inf')):
        bits = 0x7FF << 52
    else:
        mantissa_text, _, exponent_text = text.lstrip('-')[2:].partition('p')
        lead, _, fraction = mantissa_text.partition('.')
        mantissa = int((fraction + '0' * 13)[:13], 16)
        exponent = int(exponent_text)
        biased = exponent + 1023 if lead == '1' else 0      # a leading 0 means zero or subnormal
        bits = (biased << 52) | mantissa
    return ((sign << 63) | bits).to_bytes(8, 'big')


def _unpack_double(data):
    bits = int.from_bytes(data, 'big')
    sign = '-' if bits >> 63 else ''
    biased = (bits >> 52) & 0x7FF
    mantissa = bits & ((1 << 52) - 1)
    if biased == 0x7FF:
        return float(sign + ('nan' if mantissa else 'inf'))
    if biased == 0:
        return float.fromhex(f'{sign}0x0.{mantissa:013x}p-1022')
    return float.fromhex(f'{sign}0x1.{mantissa:013x}p{biased - 1023:+d}')


def _raw_unicode_escape(text):
    """Protocol 0's UNICODE payload: latin-1 bytes, other characters and \\ \\n \\r \\0 \\x1a as escapes."""
    if not any(c in text for c in '\\\n\r\0\x1a'):
        try:
            return text.encode('latin-1')
        except UnicodeEncodeError:
            pass
    out = bytearray()
    for ch in text:
        code = ord(ch)
        if code > 0xFFFF:
            out += b'\\U%08x' % code
        elif code > 0xFF or ch in '\\\n\r\0\x1a':
            out += b'\\u%04x' % code
        else:
            out.append(code)
    return bytes(out)


def _raw_unicode_unescape(data):
    if b'\\' not in data:
        return data.decode('latin-1')
    out = []
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b == 0x5C and i + 1 < n and data[i + 1] in (0x75, 0x55):
            width = 4 if data[i + 1] == 0x75 else 8
            digits = data[i + 2:i + 2 + width]
            if len(digits) == width:
                out.append(chr(int(digits.decode('ascii'), 16)))
                i += 2 + width
                continue
        out.append(chr(b))
        i += 1
    return ''.join(out)


# --- names of the Python 2 era, for protocols 0-2 (fix_imports) ---

_PY2_EXCEPTIONS = (
    'ArithmeticError AssertionError AttributeError BaseException BufferError BytesWarning DeprecationWarning '
    'EOFError EnvironmentError Exception FloatingPointError FutureWarning GeneratorExit IOError ImportError '
    'ImportWarning IndentationError IndexError KeyError KeyboardInterrupt LookupError MemoryError NameError '
    'NotImplementedError OSError OverflowError PendingDeprecationWarning ReferenceError RuntimeError '
    'RuntimeWarning StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TypeError '
    'UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning '
    'UserWarning ValueError Warning ZeroDivisionError').split()
_OSERROR_SUBCLASSES = (
    'BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError '
    'ConnectionResetError FileExistsError FileNotFoundError InterruptedError IsADirectoryError '
    'NotADirectoryError PermissionError ProcessLookupError TimeoutError').split()

_TO_PY2_NAME = {
    ('builtins', 'range'): ('__builtin__', 'xrange'), ('functools', 'reduce'): ('__builtin__', 'reduce'),
    ('_functools', 'reduce'): ('__builtin__', 'reduce'), ('sys', 'intern'): ('__builtin__', 'intern'),
    ('builtins', 'chr'): ('__builtin__', 'unichr'), ('builtins', 'str'): ('__builtin__', 'unicode'),
    ('builtins', 'int'): ('__builtin__', 'long'), ('builtins', 'zip'): ('itertools', 'izip'),
    ('builtins', 'map'): ('itertools', 'imap'), ('builtins', 'filter'): ('itertools', 'ifilter'),
    ('itertools', 'filterfalse'): ('itertools', 'ifilterfalse'),
    ('itertools', 'zip_longest'): ('itertools', 'izip_longest'),
    ('collections', 'UserDict'): ('UserDict', 'IterableUserDict'),
    ('collections', 'UserList'): ('UserList', 'UserList'),
    ('collections', 'UserString'): ('UserString', 'UserString'),
    ('builtins', 'ModuleNotFoundError'): ('exceptions', 'ImportError'),
}
_TO_PY2_NAME.update({('builtins', name): ('exceptions', name) for name in _PY2_EXCEPTIONS})
_TO_PY2_NAME.update({('builtins', name): ('exceptions', 'OSError') for name in _OSERROR_SUBCLASSES})
_TO_PY2_MODULE = {
    'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue', 'socketserver': 'SocketServer',
    'configparser': 'ConfigParser', 'reprlib': 'repr', '_markupbase': 'markupbase', 'winreg': '_winreg',
    '_thread': 'thread', '_dummy_thread': 'dummy_thread', 'xmlrpc.client': 'xmlrpclib',
    'xmlrpc.server': 'SimpleXMLRPCServer', 'http.client': 'httplib', 'html.entities': 'htmlentitydefs',
    'html.parser': 'HTMLParser', 'http.cookies': 'Cookie', 'http.cookiejar': 'cookielib',
    'http.server': 'BaseHTTPServer', 'test.support': 'test.test_support', 'subprocess': 'commands',
    'urllib.parse': 'urlparse', 'urllib.robotparser': 'robotparser', 'urllib.request': 'urllib2',
    'dbm': 'anydbm', 'collections.abc': '_abcoll', '_bz2': 'bz2', '_dbm': 'dbm', '_functools': 'functools',
    '_gdbm': 'gdbm', '_pickle': 'pickle', 'tkinter': 'Tkinter',
}
_FROM_PY2_NAME = {
    ('__builtin__', 'xrange'): ('builtins', 'range'), ('__builtin__', 'reduce'): ('functools', 'reduce'),
    ('__builtin__', 'intern'): ('sys', 'intern'), ('__builtin__', 'unichr'): ('builtins', 'chr'),
    ('__builtin__', 'unicode'): ('builtins', 'str'), ('__builtin__', 'long'): ('builtins', 'int'),
    ('__builtin__', 'basestring'): ('builtins', 'str'), ('itertools', 'izip'): ('builtins', 'zip'),
    ('itertools', 'imap'): ('builtins', 'map'), ('itertools', 'ifilter'): ('builtins', 'filter'),
    ('itertools', 'ifilterfalse'): ('itertools', 'filterfalse'),
    ('itertools', 'izip_longest'): ('itertools', 'zip_longest'),
    ('UserDict', 'IterableUserDict'): ('collections', 'UserDict'), ('UserDict', 'UserDict'): ('collections', 'UserDict'),
    ('UserList', 'UserList'): ('collections', 'UserList'),
    ('UserString', 'UserString'): ('collections', 'UserString'),
    ('exceptions', 'StandardError'): ('builtins', 'Exception'),
}
_FROM_PY2_NAME.update({('exceptions', name): ('builtins', name) for name in _PY2_EXCEPTIONS})
_FROM_PY2_MODULE = {py2: py3 for py3, py2 in _TO_PY2_MODULE.items() if not py3.startswith('_')}
_FROM_PY2_MODULE.update({'__builtin__': 'builtins', 'copy_reg': 'copyreg', 'exceptions': 'builtins',
                         'cPickle': 'pickle', 'cStringIO': 'io', 'StringIO': 'io', 'UserDict': 'collections'})


def _latin1_encode(text, encoding):
    """What _codecs.encode does for the latin-1 payloads that protocols 0-2 use for bytes."""
    return text.encode(encoding)


def _getattribute(obj, dotted):
    for part in dotted.split('.'):
        if part == '<locals>':
            raise AttributeError(f"Can't get local attribute {dotted!r} on {obj!r}")
        obj = getattr(obj, part)
    return obj


def whichmodule(obj, name):
    """Find the module an object belongs to."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == '__main__' or module_name == '__mp_main__' or module is None:
            continue
        try:
            if _getattribute(module, name) is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def _mro_owner(cls, name):
    """The class along cls's MRO whose __dict__ defines name (None if none does)."""
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass
    return None


def _is_builtin_type(cls):
    return getattr(cls, '__module__', None) == 'builtins'


def _default_state(obj):
    """object.__getstate__: the instance dict (or None), with set slots as (dict, slots)."""
    state = getattr(obj, '__dict__', None) or None
    names = copyreg._slotnames(type(obj))
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


# __reduce__ of built-in types, for runtimes whose types do not define it
_BUILTIN_REDUCERS = {
    range: lambda r: (range, (r.start, r.stop, r.step)),
    slice: lambda s: (slice, (s.start, s.stop, s.step)),
    type(...): lambda e: 'Ellipsis',
    type(NotImplemented): lambda n: 'NotImplemented',
}
for _descriptor in (str.index, str.__add__):
    if type(_descriptor) is not type(len) and hasattr(_descriptor, '__objclass__'):
        _BUILTIN_REDUCERS[type(_descriptor)] = lambda d: (getattr, (d.__objclass__, d.__name__))


def _object_reduce_ex(obj, proto):
    """object.__reduce_ex__: __reduce__ if a class defines it, else copyreg's protocols."""
    cls = type(obj)
    if _mro_owner(cls, '__reduce__') not in (object, None):
        return obj.__reduce__()
    builtin = _BUILTIN_REDUCERS.get(cls)
    if builtin is not None:
        return builtin(obj)
    if isinstance(obj, BaseException):
        # BaseException.__reduce__, for runtimes whose exceptions do not define it
        state = getattr(obj, '__dict__', None)
        return (cls, obj.args, state) if state else (cls, obj.args)
    if proto < 2:
        return copyreg._reduce_ex(obj, proto)
    if _is_builtin_type(cls) and _mro_owner(cls, '__getnewargs__') in (object, None) \
            and _mro_owner(cls, '__getnewargs_ex__') in (object, None):
        raise TypeError(f'cannot pickle {cls.__name__!r} object')
    kwargs = None
    if _mro_owner(cls, '__getnewargs_ex__') not in (object, None):
        result = obj.__getnewargs_ex__()
        if not isinstance(result, tuple):
            raise TypeError(f'__getnewargs_ex__ should return a tuple, not {type(result).__name__!r}')
        if len(result) != 2:
            raise ValueError(f'__getnewargs_ex__ should return a tuple of length 2, not {len(result)}')
        args, kwargs = result
        if not isinstance(args, tuple):
            raise TypeError(f'first item of the tuple returned by __getnewargs_ex__ must be a tuple, '
                            f'not {type(args).__name__!r}')
        if not isinstance(kwargs, dict):
            raise TypeError(f'second item of the tuple returned by __getnewargs_ex__ must be a dict, '
                            f'not {type(kwargs).__name__!r}')
    elif _mro_owner(cls, '__getnewargs__') not in (object, None):
        args = obj.__getnewargs__()
        if not isinstance(args, tuple):
            raise TypeError(f'__getnewargs__ should return a tuple, not {type(args).__name__!r}')
    else:
        args = ()
    if _mro_owner(cls, '__getstate__') not in (object, None):
        state = obj.__getstate__()
    else:
        state = _default_state(obj)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return copyreg.__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems
    return copyreg.__newobj__, (cls,) + args, state, listitems, dictitems


# --- the pickler ---

class _Output:
    """The pickle's bytes, grouped in frames from protocol 4 on (a frame is a list of chunks)."""

    def __init__(self, write):
        self._write = write
        self._frame = None
        self._frame_size = 0

    def start_framing(self):
        self._frame = []
        self._frame_size = 0

    def write(self, data):
        if self._frame is not None:
            self._frame.append(data)
            self._frame_size += len(data)
        else:
            self._write(data)

    def opcode_boundary(self):
        if self._frame_size >= _FRAME_SIZE_TARGET and self._frame is not None:
            self.commit_frame()

    def commit_frame(self):
        frame = self._frame
        if not frame:
            return
        data = b''.join(frame)
        if len(data) >= _FRAME_SIZE_MIN:
            self._write(FRAME + _u64(len(data)))
        self._write(data)
        self._frame = []
        self._frame_size = 0

    def write_large(self, header, payload):
        """Large payloads go outside frames, straight to the file."""
        if self._frame is not None and len(payload) >= _FRAME_SIZE_TARGET:
            self.commit_frame()
            self._write(header)
            self._write(payload)
        else:
            self.write(header)
            self.write(payload)

    def end(self):
        if self._frame is not None:
            self.commit_frame()
            self._frame = None


class Pickler:
    """This takes a binary file for writing a pickle data stream."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError(f'pickle protocol must be <= {HIGHEST_PROTOCOL}')
        if buffer_callback is not None and protocol < 5:
            raise ValueError('buffer_callback needs protocol >= 5')
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._buffer_callback = buffer_callback
        self.memo = {}
        # CPython interns identifier-like strings (and shares 1-character ones), so equal ones are one
        # object and pickle as memo references; this runtime may hold several copies: match them by value
        self._interned = {}
        self._identity_only = None

    def clear_memo(self):
        """Clears the pickler's "memo"."""
        self.memo.clear()
        self._interned.clear()

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        if not hasattr(self, '_file_write'):
            raise PicklingError(f'Pickler.__init__() was not called by {type(self).__name__}.__init__()')
        self._out = _Output(self._file_write)
        self._pid = getattr(self, 'persistent_id', None)
        if self.proto >= 2:
            self._out.write(PROTO + _u8(self.proto))
        if self.proto >= 4:
            self._out.start_framing()
        self.save(obj)
        self._out.write(STOP)
        self._out.end()

    # memo

    def memoize(self, obj):
        if self.fast:
            return
        index = len(self.memo)
        self._out.write(self._put(index))
        self.memo[id(obj)] = (index, obj)
        if type(obj) is str and obj is not self._identity_only and _looks_interned(obj):
            self._interned.setdefault(obj, (index, obj))

    def _put(self, index):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            return BINPUT + _u8(index) if index < 256 else LONG_BINPUT + _u32(index)
        return PUT + str(index).encode('ascii') + b'\n'

    def _get(self, index):
        if self.bin:
            return BINGET + _u8(index) if index < 256 else LONG_BINGET + _u32(index)
        return GET + str(index).encode('ascii') + b'\n'

    # dispatch

    def save(self, obj, save_persistent_id=True):
        self._save(obj, save_persistent_id)
        self._out.opcode_boundary()

    def _save(self, obj, save_persistent_id):
        if save_persistent_id and self._pid is not None:
            pid = self._pid(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        t = type(obj)
        if obj is None:
            self._out.write(NONE)
            return
        if t is bool:
            self.save_bool(obj)
            return
        if t is int:
            self.save_long(obj)
            return
        if t is float:
            self.save_float(obj)
            return
        entry = self.memo.get(id(obj))
        if entry is None and t is str and _looks_interned(obj):
            entry = self._interned.get(obj)
        if entry is not None:
            self._out.write(self._get(entry[0]))
            return
        method = self._dispatch.get(t)
        if method is not None:
            method(self, obj)
            return
        if t is type:
            self.save_type(obj)
            return
        if t is _BuiltinFunctionType:
            owner = getattr(obj, '__self__', None)
            if owner is not None and not isinstance(owner, _ModuleType):
                self.save_reduce(getattr, (owner, obj.__name__), obj=obj)     # a bound built-in method
            else:
                self.save_global(obj)
            return
        if t is _FunctionType:
            self.save_global(obj)
            return
        reduce_value = NotImplemented
        override = getattr(self, 'reducer_override', None)
        if override is not None:
            reduce_value = override(obj)
        if reduce_value is NotImplemented:
            table = getattr(self, 'dispatch_table', dispatch_table)
            reducer = table.get(t)
            if reducer is not None:
                reduce_value = reducer(obj)
            elif issubclass(t, type):
                self.save_global(obj)
                return
            else:
                reduce_value = self._reduce(obj)
        if isinstance(reduce_value, str):
            self.save_global(obj, reduce_value)
            return
        if not isinstance(reduce_value, tuple):
            raise PicklingError(f'__reduce__ must return a string or tuple, not {type(reduce_value).__name__}')
        if not 2 <= len(reduce_value) <= 6:
            raise PicklingError('tuple returned by __reduce__ must contain 2 through 6 elements')
        self.save_reduce(*reduce_value, obj=obj)

    def _reduce(self, obj):
        cls = type(obj)
        owner = _mro_owner(cls, '__reduce_ex__')
        if owner not in (object, None):
            return obj.__reduce_ex__(self.proto)
        return _object_reduce_ex(obj, self.proto)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._out.write(BINPERSID)
        else:
            if not isinstance(pid, str):
                raise PicklingError('persistent IDs in protocol 0 must be ASCII strings')
            self._out.write(PERSID + pid.encode('ascii') + b'\n')

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None, state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError('second item of the tuple returned by __reduce__ must be a tuple')
        if not callable(func):
            raise PicklingError('first item of the tuple returned by __reduce__ must be callable')
        write = self._out.write
        func_name = getattr(func, '__name__', '')
        if self.proto >= 2 and func_name == '__newobj_ex__':
            cls, new_args, kwargs = args
            if not hasattr(cls, '__new__'):
                raise PicklingError('args[0] from __newobj_ex__ args has no __new__')
            if obj is not None and cls is not obj.__class__:
                raise PicklingError('args[0] from __newobj_ex__ args has the wrong class')
            if self.proto >= 4:
                self.save(cls)
                self.save(new_args)
                self.save(kwargs)
                write(NEWOBJ_EX)
            else:
                from functools import partial
                self.save(partial(cls.__new__, cls, *new_args, **kwargs))
                self.save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == '__newobj__':
            if not args:
                raise PicklingError('__newobj__ arglist is empty')
            cls = args[0]
            if not hasattr(cls, '__new__'):
                raise PicklingError('args[0] from __newobj__ args has no __new__')
            if obj is not None and cls is not obj.__class__:
                raise PicklingError('args[0] from __newobj__ args has the wrong class')
            self.save(cls)
            self.save(args[1:])
            write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            write(REDUCE)
        if obj is not None:
            entry = self.memo.get(id(obj))
            if entry is not None:
                write(POP + self._get(entry[0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    def save_bool(self, obj):
        if self.proto >= 2:
            self._out.write(NEWTRUE if obj else NEWFALSE)
        else:
            self._out.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        write = self._out.write
        if self.bin:
            if 0 <= obj < 256:
                write(BININT1 + _u8(obj))
                return
            if 0 <= obj < 65536:
                write(BININT2 + _u16(obj))
                return
            if -0x80000000 <= obj <= 0x7fffffff:
                write(BININT + _i32(obj))
                return
        if self.proto >= 2:
            data = encode_long(obj)
            if len(data) < 256:
                write(LONG1 + _u8(len(data)) + data)
            else:
                write(LONG4 + _i32(len(data)) + data)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            write(INT + repr(obj).encode('ascii') + b'\n')
        else:
            write(LONG + repr(obj).encode('ascii') + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self._out.write(BINFLOAT + _pack_double(obj))
        else:
            self._out.write(FLOAT + repr(obj).encode('ascii') + b'\n')

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode, (obj.decode('latin-1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self._out.write(SHORT_BINBYTES + _u8(n) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._out.write_large(BINBYTES8 + _u64(n), obj)
        else:
            self._out.write_large(BINBYTES + _u32(n), obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._out.write_large(BYTEARRAY8 + _u64(len(obj)), bytes(obj))
        self.memoize(obj)

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8', 'surrogatepass')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self._out.write(SHORT_BINUNICODE + _u8(n) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._out.write_large(BINUNICODE8 + _u64(n), encoded)
            else:
                self._out.write_large(BINUNICODE + _u32(n), encoded)
        else:
            self._out.write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        self.memoize(obj)

    def save_tuple(self, obj):
        write = self._out.write
        if not obj:
            write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        if n <= 3 and self.proto >= 2:
            for element in obj:
                self.save(element)
            entry = self.memo.get(id(obj))
            if entry is not None:
                write(POP * n + self._get(entry[0]))
            else:
                write(_TUPLE_OPS[n])
                self.memoize(obj)
            return
        write(MARK)
        for element in obj:
            self.save(element)
        entry = self.memo.get(id(obj))
        if entry is not None:
            # the tuple was reached again through its own items: drop the copy on the stack
            if self.bin:
                write(POP_MARK + self._get(entry[0]))
            else:
                write(POP * (n + 1) + self._get(entry[0]))
            return
        write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self._out.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if self.bin:
            self._exact_batches(obj, APPEND, APPENDS, self.save)
        else:
            self._batch_appends(obj)

    def _exact_batches(self, items, one, many, save_item):
        """A list's or dict's own items: one opcode for a single item, else MARK ... many in every batch."""
        write = self._out.write
        items = list(items)
        if len(items) == 1:
            save_item(items[0])
            write(one)
            return
        for start in range(0, len(items), _BATCHSIZE):
            write(MARK)
            for item in items[start:start + _BATCHSIZE]:
                save_item(item)
            write(many)

    def _save_pair(self, item):
        self.save(item[0])
        self.save(item[1])

    def _batch_appends(self, items):
        write = self._out.write
        if not self.bin:
            for x in items:
                self.save(x)
                write(APPEND)
            return
        it = iter(items)
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) == _BATCHSIZE:
                    break
            if len(batch) > 1:
                write(MARK)
                for x in batch:
                    self.save(x)
                write(APPENDS)
            elif batch:
                self.save(batch[0])
                write(APPEND)
            if len(batch) < _BATCHSIZE:
                return

    def save_dict(self, obj):
        self._out.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if self.bin:
            self._exact_batches(obj.items(), SETITEM, SETITEMS, self._save_pair)
        else:
            self._batch_setitems(iter(obj.items()))

    def _batch_setitems(self, items):
        write = self._out.write
        if not self.bin:
            for k, v in items:
                self.save(k)
                self.save(v)
                write(SETITEM)
            return
        it = iter(items)
        while True:
            batch = []
            for item in it:
                batch.append(item)
                if len(batch) == _BATCHSIZE:
                    break
            if len(batch) > 1:
                write(MARK)
                for k, v in batch:
                    self.save(k)
                    self.save(v)
                write(SETITEMS)
            elif batch:
                k, v = batch[0]
                self.save(k)
                self.save(v)
                write(SETITEM)
            if len(batch) < _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        write = self._out.write
        write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        for start in range(0, len(items), _BATCHSIZE):
            write(MARK)
            for item in items[start:start + _BATCHSIZE]:
                self.save(item)
            write(ADDITEMS)

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        write = self._out.write
        write(MARK)
        for item in obj:
            self.save(item)
        entry = self.memo.get(id(obj))
        if entry is not None:
            write(POP_MARK + self._get(entry[0]))
            return
        write(FROZENSET)
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    def save_global(self, obj, name=None):
        write = self._out.write
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        module_name = whichmodule(obj, name)
        if obj is _codecs_encode:
            self._write_global('_codecs', 'encode')
            self.memoize(obj)
            return
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except (ImportError, KeyError, ValueError):
            raise PicklingError(f"Can't pickle {obj!r}: import of module {module_name!r} failed") from None
        if '<locals>' in name.split('.'):
            raise AttributeError(f"Can't get local object {name!r}")
        try:
            found = _getattribute(module, name)
        except AttributeError:
            raise PicklingError(f"Can't pickle {obj!r}: attribute lookup {name} on {module_name} failed") from None
        if found is not obj:
            raise PicklingError(f"Can't pickle {obj!r}: it's not the same object as {module_name}.{name}")
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    write(EXT1 + _u8(code))
                elif code <= 0xffff:
                    write(EXT2 + _u16(code))
                else:
                    write(EXT4 + _i32(code))
                return
        if self.proto >= 4:
            module_text = _canonical_module_name(module_name, obj)
            if isinstance(obj, _BuiltinFunctionType):
                self._save_by_identity(module_text)
            else:
                self.save(module_text)
            self._save_by_identity(name)     # C types' names are not the interned module-name strings
            write(STACK_GLOBAL)
        else:
            self._write_path(module_name, name)
        self.memoize(obj)

    def _write_path(self, module_name, dotted):
        """Protocols 0-3 name only module-level globals: a nested one is getattr(parent, name)."""
        if '.' not in dotted:
            self._write_global(module_name, dotted)
            return
        parent, _, last = dotted.rpartition('.')
        self.save(getattr)
        if self.proto < 2:
            self._out.write(MARK)
        self._write_path(module_name, parent)
        self.save(last)
        self._out.write(TUPLE2 if self.proto >= 2 else TUPLE)
        self._out.write(REDUCE)

    def _save_by_identity(self, text):
        """Save a string matched only by identity (CPython gives these names their own string objects)."""
        entry = self.memo.get(id(text))
        if entry is not None:
            self._out.write(self._get(entry[0]))
            return
        self._identity_only = text
        try:
            self.save_str(text)
        finally:
            self._identity_only = None

    def _write_global(self, module_name, name):
        if self.fix_imports:
            if (module_name, name) in _TO_PY2_NAME:
                module_name, name = _TO_PY2_NAME[(module_name, name)]
            elif module_name in _TO_PY2_MODULE:
                module_name = _TO_PY2_MODULE[module_name]
        try:
            line = GLOBAL + module_name.encode('utf-8' if self.proto >= 3 else 'ascii') + b'\n' + \
                name.encode('utf-8' if self.proto >= 3 else 'ascii') + b'\n'
        except UnicodeEncodeError:
            raise PicklingError(f"can't pickle global identifier '{module_name}.{name}' using "
                                f"pickle protocol {self.proto}") from None
        self._out.write(line)

    _dispatch = {}


_canonical_names = {}


def _canonical_module_name(module_name, obj):
    """One string object per module name (two for builtins: types and functions carry different ones in
    CPython), so repeated names become memo references where CPython's do."""
    kind = isinstance(obj, _BuiltinFunctionType)
    key = (module_name, kind)
    name = _canonical_names.get(key)
    if name is None:
        name = _canonical_names[key] = module_name
    return name


def _looks_interned(text):
    return (len(text) <= 1 and (not text or ord(text) < 256)) or (text.isascii() and text.isidentifier())


def _codecs_encode(obj, encoding):
    return obj.encode(encoding)


_codecs_encode.__module__ = '_codecs'
_codecs_encode.__name__ = 'encode'
_codecs_encode.__qualname__ = 'encode'


def _find_codecs_encode():
    """Protocols 0-2 store bytes as _codecs.encode(latin-1 text); without a _codecs module, our stand-in
    is written under that name."""
    try:
        import _codecs
        return _codecs.encode
    except (ImportError, AttributeError):
        return _codecs_encode


_codecs_encode = _find_codecs_encode()


def _function_types():
    def f():
        pass
    return type(f), type(len)


_FunctionType, _BuiltinFunctionType = _function_types()
_ModuleType = type(sys)

Pickler._dispatch = {
    bytes: Pickler.save_bytes, bytearray: Pickler.save_bytearray, str: Pickler.save_str,
    tuple: Pickler.save_tuple, list: Pickler.save_list, dict: Pickler.save_dict,
    set: Pickler.save_set, frozenset: Pickler.save_frozenset,
}


# --- the unpickler ---

class Unpickler:
    """This takes a binary file for reading a pickle data stream."""

    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
        self._buffers = iter(buffers) if buffers is not None else None
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def load(self):
        """Read a pickled object representation from the open file."""
        if not hasattr(self, '_file_read'):
            raise UnpicklingError(f'Unpickler.__init__() was not called by {type(self).__name__}.__init__()')
        self._frame = b''
        self._frame_pos = 0
        self.metastack = []
        self.stack = []
        self.proto = 0
        dispatch = self._dispatch
        first = True
        try:
            while True:
                key = self._read(1)
                if not key:
                    if first:
                        raise EOFError('Ran out of input')
                    raise UnpicklingError('pickle data was truncated')
                first = False
                method = dispatch.get(key[0])
                if method is None:
                    raise UnpicklingError(f"invalid load key, '{_key_text(key[0])}'.")
                method(self)
        except _Stop as stop:
            return stop.value

    # reading (frames are read whole, then served from memory)

    def _read(self, n):
        if self._frame_pos < len(self._frame):
            data = self._frame[self._frame_pos:self._frame_pos + n]
            self._frame_pos += len(data)
            if len(data) < n:
                raise UnpicklingError('pickle exhausted before end of frame')
            return data
        return self._file_read(n)

    def _read_exact(self, n):
        data = self._read(n)
        if len(data) != n:
            raise UnpicklingError('pickle data was truncated')
        return data

    def _readline(self):
        if self._frame_pos < len(self._frame):
            end = self._frame.find(b'\n', self._frame_pos)
            if end == -1:
                raise UnpicklingError('pickle exhausted before end of frame')
            line = self._frame[self._frame_pos:end + 1]
            self._frame_pos = end + 1
            return line
        line = self._file_readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError('pickle data was truncated')
        return line

    def append(self, value):
        self.stack.append(value)

    def _pop_mark(self):
        items = self.stack
        if not self.metastack:
            raise UnpicklingError('could not find MARK')
        self.stack = self.metastack.pop()
        return items

    def _pop(self):
        if not self.stack:
            raise UnpicklingError('unpickling stack underflow')
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            raise UnpicklingError('unpickling stack underflow')
        return self.stack[-1]

    def persistent_load(self, pid):
        raise UnpicklingError('A load persistent id instruction was encountered, but no persistent_load '
                              'function was specified.')

    def find_class(self, module, name):
        """Return an object from a specified module."""
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _FROM_PY2_NAME:
                module, name = _FROM_PY2_NAME[(module, name)]
            elif module in _FROM_PY2_MODULE:
                module = _FROM_PY2_MODULE[module]
        if (module, name) == ('_codecs', 'encode'):
            return _codecs_encode
        __import__(module, level=0)
        target = sys.modules[module]
        if self.proto >= 4:
            try:
                return _getattribute(target, name)
            except AttributeError:
                raise AttributeError(f"Can't get attribute {name!r} on {target!r}") from None
        try:
            return getattr(target, name)
        except AttributeError:
            raise AttributeError(f"Can't get attribute {name!r} on {target!r}") from None

    # opcodes

    def load_proto(self):
        proto = self._read_exact(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError(f'unsupported pickle protocol: {proto}')
        self.proto = proto

    def load_frame(self):
        size = int.from_bytes(self._read_exact(8), 'little')
        if self._frame_pos < len(self._frame):
            raise UnpicklingError('beginning of a new frame before end of current frame')
        frame = self._file_read(size)
        if len(frame) < size:
            raise UnpicklingError('pickle data was truncated')
        self._frame = frame
        self._frame_pos = 0

    def load_persid(self):
        try:
            pid = self._readline()[:-1].decode('ascii')
        except UnicodeDecodeError:
            raise UnpicklingError('persistent IDs in protocol 0 must be ASCII strings') from None
        self.append(self.persistent_load(pid))

    def load_binpersid(self):
        self.append(self.persistent_load(self._pop()))

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        data = self._readline()
        if data == b'00\n':
            value = False
        elif data == b'01\n':
            value = True
        else:
            value = int(data.decode('ascii'))
        self.append(value)

    def load_binint(self):
        self.append(int.from_bytes(self._read_exact(4), 'little', signed=True))

    def load_binint1(self):
        self.append(self._read_exact(1)[0])

    def load_binint2(self):
        self.append(int.from_bytes(self._read_exact(2), 'little'))

    def load_long(self):
        value = self._readline()[:-1]
        if value and value[-1:] == b'L':
            value = value[:-1]
        self.append(int(value.decode('ascii')))

    def load_long1(self):
        n = self._read_exact(1)[0]
        self.append(decode_long(self._read_exact(n)))

    def load_long4(self):
        n = int.from_bytes(self._read_exact(4), 'little', signed=True)
        if n < 0:
            raise UnpicklingError('LONG pickle has negative byte count')
        self.append(decode_long(self._read_exact(n)))

    def load_float(self):
        self.append(float(self._readline()[:-1].decode('ascii')))

    def load_binfloat(self):
        self.append(_unpack_double(self._read_exact(8)))

    def _decode_string(self, value):
        if self.encoding == 'bytes':
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self._readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError('the STRING opcode argument must be quoted')
        self.append(self._decode_string(_unescape_string(data)))

    def load_binstring(self):
        n = int.from_bytes(self._read_exact(4), 'little', signed=True)
        if n < 0:
            raise UnpicklingError('BINSTRING pickle has negative byte count')
        self.append(self._decode_string(self._read_exact(n)))

    def load_short_binstring(self):
        n = self._read_exact(1)[0]
        self.append(self._decode_string(self._read_exact(n)))

    def load_binbytes(self):
        n = int.from_bytes(self._read_exact(4), 'little')
        self.append(self._read_exact(n))

    def load_short_binbytes(self):
        self.append(self._read_exact(self._read_exact(1)[0]))

    def load_binbytes8(self):
        self.append(self._read_exact(int.from_bytes(self._read_exact(8), 'little')))

    def load_bytearray8(self):
        self.append(bytearray(self._read_exact(int.from_bytes(self._read_exact(8), 'little'))))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError('pickle stream refers to out-of-band data but no *buffers* argument was given')
        try:
            buffer = next(self._buffers)
        except StopIteration:
            raise UnpicklingError('not enough out-of-band buffers') from None
        self.append(buffer)

    def load_readonly_buffer(self):
        buffer = self._top()
        if isinstance(buffer, bytearray):
            self.stack[-1] = bytes(buffer)

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self._readline()[:-1]))

    def load_binunicode(self):
        n = int.from_bytes(self._read_exact(4), 'little')
        self.append(self._read_exact(n).decode('utf-8', 'surrogatepass'))

    def load_binunicode8(self):
        n = int.from_bytes(self._read_exact(8), 'little')
        self.append(self._read_exact(n).decode('utf-8', 'surrogatepass'))

    def load_short_binunicode(self):
        n = self._read_exact(1)[0]
        self.append(self._read_exact(n).decode('utf-8', 'surrogatepass'))

    def load_tuple(self):
        self.append(tuple(self._pop_mark()))

    def load_empty_tuple(self):
        self.append(())

    def load_tuple1(self):
        self.stack[-1] = (self._top(),)

    def load_tuple2(self):
        second = self._pop()
        first = self._pop()
        self.append((first, second))

    def load_tuple3(self):
        third = self._pop()
        second = self._pop()
        first = self._pop()
        self.append((first, second, third))

    def load_empty_list(self):
        self.append([])

    def load_empty_dict(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        self.append(frozenset(self._pop_mark()))

    def load_list(self):
        self.append(self._pop_mark())

    def load_dict(self):
        items = self._pop_mark()
        self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, '__getinitargs__'):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError(f'in constructor for {klass.__name__}: {err}') from err
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self._readline()[:-1].decode('ascii')
        name = self._readline()[:-1].decode('ascii')
        klass = self.find_class(module, name)
        self._instantiate(klass, self._pop_mark())

    def load_obj(self):
        args = self._pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError(f'NEWOBJ class argument isn\'t a type object')
        self.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self._readline()[:-1].decode('utf-8')
        name = self._readline()[:-1].decode('utf-8')
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError('STACK_GLOBAL requires str')
        self.append(self.find_class(module, name))

    def _load_ext(self, code):
        obj = _extension_cache.get(code, _MISSING)
        if obj is not _MISSING:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError('EXT specifies code <= 0')
            raise ValueError(f'unregistered extension code {code}')
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    def load_ext1(self):
        self._load_ext(self._read_exact(1)[0])

    def load_ext2(self):
        self._load_ext(int.from_bytes(self._read_exact(2), 'little'))

    def load_ext4(self):
        self._load_ext(int.from_bytes(self._read_exact(4), 'little', signed=True))

    def load_reduce(self):
        args = self._pop()
        func = self._pop()
        self.append(func(*args))

    def load_pop(self):
        if self.stack:
            self.stack.pop()
        else:
            self._pop_mark()

    def load_pop_mark(self):
        self._pop_mark()

    def load_dup(self):
        self.append(self._top())

    def _memo_get(self, index):
        try:
            self.append(self.memo[index])
        except KeyError:
            raise UnpicklingError(f'Memo value not found at index {index}') from None

    def load_get(self):
        self._memo_get(int(self._readline()[:-1].decode('ascii')))

    def load_binget(self):
        self._memo_get(self._read_exact(1)[0])

    def load_long_binget(self):
        self._memo_get(int.from_bytes(self._read_exact(4), 'little'))

    def load_put(self):
        index = int(self._readline()[:-1].decode('ascii'))
        if index < 0:
            raise ValueError('negative PUT argument')
        self.memo[index] = self._top()

    def load_binput(self):
        self.memo[self._read_exact(1)[0]] = self._top()

    def load_long_binput(self):
        self.memo[int.from_bytes(self._read_exact(4), 'little')] = self._top()

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def load_append(self):
        value = self._pop()
        self._top().append(value)

    def load_appends(self):
        items = self._pop_mark()
        target = self._top()
        extend = getattr(target, 'extend', None)
        if extend is not None and isinstance(target, list):
            extend(items)
        else:
            for item in items:
                target.append(item)

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def load_setitems(self):
        items = self._pop_mark()
        target = self._top()
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def load_additems(self):
        items = self._pop_mark()
        target = self._top()
        if isinstance(target, set):
            target.update(items)
        else:
            for item in items:
                target.add(item)

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, '__setstate__', None)
        if setstate is not None and _mro_owner(type(inst), '__setstate__') not in (object, None):
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            if not isinstance(state, dict):
                raise UnpicklingError('state is not a dictionary')
            inst_dict = inst.__dict__
            for k, v in state.items():
                inst_dict[k] = v
        if slotstate:
            if not isinstance(slotstate, dict):
                raise UnpicklingError('slot state is not a dictionary')
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []

    def load_stop(self):
        raise _Stop(self._pop())

    _dispatch = {}


_MISSING = object()


def _key_text(byte):
    return chr(byte) if 0x20 <= byte < 0x7F else f'\\x{byte:02x}'


def _unescape_string(data):
    """The payload of protocol 0's STRING opcode (Python 2 str escapes)."""
    out = bytearray()
    i, n = 0, len(data)
    simple = {ord('n'): 10, ord('t'): 9, ord('r'): 13, ord('\\'): 92, ord("'"): 39, ord('"'): 34,
              ord('a'): 7, ord('b'): 8, ord('f'): 12, ord('v'): 11}
    while i < n:
        b = data[i]
        if b == 92 and i + 1 < n:
            c = data[i + 1]
            if c in simple:
                out.append(simple[c])
                i += 2
                continue
            if c == ord('x'):
                out.append(int(data[i + 2:i + 4].decode('ascii'), 16))
                i += 4
                continue
            if 48 <= c <= 55:
                j = i + 1
                while j < n and j < i + 4 and 48 <= data[j] <= 55:
                    j += 1
                out.append(int(data[i + 1:j].decode('ascii'), 8) & 0xFF)
                i = j
                continue
        out.append(b)
        i += 1
    return bytes(out)


def _build_load_dispatch():
    table = {
        PROTO: 'proto', FRAME: 'frame', PERSID: 'persid', BINPERSID: 'binpersid', NONE: 'none',
        NEWFALSE: 'false', NEWTRUE: 'true', INT: 'int', BININT: 'binint', BININT1: 'binint1',
        BININT2: 'binint2', LONG: 'long', LONG1: 'long1', LONG4: 'long4', FLOAT: 'float', BINFLOAT: 'binfloat',
        STRING: 'string', BINSTRING: 'binstring', SHORT_BINSTRING: 'short_binstring', BINBYTES: 'binbytes',
        SHORT_BINBYTES: 'short_binbytes', BINBYTES8: 'binbytes8', BYTEARRAY8: 'bytearray8',
        NEXT_BUFFER: 'next_buffer', READONLY_BUFFER: 'readonly_buffer', UNICODE: 'unicode',
        BINUNICODE: 'binunicode', BINUNICODE8: 'binunicode8', SHORT_BINUNICODE: 'short_binunicode',
        TUPLE: 'tuple', EMPTY_TUPLE: 'empty_tuple', TUPLE1: 'tuple1', TUPLE2: 'tuple2', TUPLE3: 'tuple3',
        EMPTY_LIST: 'empty_list', EMPTY_DICT: 'empty_dict', EMPTY_SET: 'empty_set', FROZENSET: 'frozenset',
        LIST: 'list', DICT: 'dict', INST: 'inst', OBJ: 'obj', NEWOBJ: 'newobj', NEWOBJ_EX: 'newobj_ex',
        GLOBAL: 'global', STACK_GLOBAL: 'stack_global', EXT1: 'ext1', EXT2: 'ext2', EXT4: 'ext4',
        REDUCE: 'reduce', POP: 'pop', POP_MARK: 'pop_mark', DUP: 'dup', GET: 'get', BINGET: 'binget',
        LONG_BINGET: 'long_binget', PUT: 'put', BINPUT: 'binput', LONG_BINPUT: 'long_binput',
        MEMOIZE: 'memoize', APPEND: 'append', APPENDS: 'appends', SETITEM: 'setitem', SETITEMS: 'setitems',
        ADDITEMS: 'additems', BUILD: 'build', MARK: 'mark', STOP: 'stop',
    }
    return {op[0]: getattr(Unpickler, 'load_' + name) for op, name in table.items()}


Unpickler._dispatch = _build_load_dispatch()


# --- shorthands ---

class _BytesSink:
    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(bytes(data))


class _BytesSource:
    def __init__(self, data):
        self._data = bytes(data)
        self._pos = 0

    def read(self, n=-1):
        if n is None or n < 0:
            n = len(self._data) - self._pos
        chunk = self._data[self._pos:self._pos + n]
        self._pos += len(chunk)
        return chunk

    def readline(self):
        end = self._data.find(b'\n', self._pos)
        end = len(self._data) if end == -1 else end + 1
        line = self._data[self._pos:end]
        self._pos = end
        return line


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickled representation of obj to the open file object file."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickled representation of the object as a bytes object."""
    sink = _BytesSink()
    Pickler(sink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return b''.join(sink.parts)


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
    """Read and return an object from the pickle data stored in a file."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
    """Read and return an object from the given pickle data."""
    if isinstance(data, str):
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")
    return Unpickler(_BytesSource(data), fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()


_Pickler = Pickler
_Unpickler = Unpickler
_dump = dump
_dumps = dumps
_load = load
_loads = loads
