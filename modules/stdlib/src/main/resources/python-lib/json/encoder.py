"""JSON encoder: JSONEncoder."""

__all__ = ['JSONEncoder']

try:
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
except ImportError:
    c_encode_basestring_ascii = None
try:
    from _json import encode_basestring as c_encode_basestring
except ImportError:
    c_encode_basestring = None
try:
    from _json import make_encoder as c_make_encoder
except ImportError:
    c_make_encoder = None

_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t',
            '\b': '\\b', '\f': '\\f'}

INFINITY = float('inf')


def _escape_char(ch):
    special = _ESCAPES.get(ch)
    if special is not None:
        return special
    return '\\u%04x' % ord(ch)


def py_encode_basestring(s):
    """Return a JSON representation of a Python string (non-ASCII characters kept)."""
    out = ['"']
    start = 0
    for index, ch in enumerate(s):
        if ch < ' ' or ch == '"' or ch == '\\':
            out.append(s[start:index])
            out.append(_escape_char(ch))
            start = index + 1
    out.append(s[start:])
    out.append('"')
    return ''.join(out)


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string."""
    out = ['"']
    start = 0
    for index, ch in enumerate(s):
        if ' ' <= ch <= '~' and ch != '"' and ch != '\\':
            continue
        out.append(s[start:index])
        start = index + 1
        special = _ESCAPES.get(ch)
        if special is not None:
            out.append(special)
            continue
        code = ord(ch)
        if code < 0x10000:
            out.append('\\u%04x' % code)
        else:
            code -= 0x10000
            out.append('\\u%04x\\u%04x' % (0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff)))
    out.append(s[start:])
    out.append('"')
    return ''.join(out)


encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    dicts become objects, lists and tuples arrays, str strings, int and float numbers,
    True/False true/false and None null. Subclasses may implement default() to
    serialize other objects.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError (override in subclasses)."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as available."""
        markers = {} if self.check_circular else None
        encode_str = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        if _one_shot and c_make_encoder is not None:
            # The accelerator returns the whole text as a 1-tuple.
            return c_make_encoder(markers, self.default, encode_str, indent, self.key_separator,
                                  self.item_separator, self.sort_keys, self.skipkeys,
                                  self.allow_nan)(o, 0)
        return _Writer(markers, self.default, encode_str, indent, self.key_separator,
                       self.item_separator, self.sort_keys, self.skipkeys,
                       self.allow_nan).encode(o, 0)


class _Writer:
    """Produces the chunks of one encoding run."""

    def __init__(self, markers, default, encode_str, indent, key_separator, item_separator,
                 sort_keys, skipkeys, allow_nan):
        self.markers = markers
        self.default = default
        self.encode_str = encode_str
        self.indent = indent
        self.key_separator = key_separator
        self.item_separator = item_separator
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.allow_nan = allow_nan

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant: ' + repr(o))
        return text

    def enter(self, o):
        if self.markers is not None:
            marker = id(o)
            if marker in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[marker] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def primitive(self, o):
        """The JSON text of a str, None, bool, int or float; None for anything else."""
        if isinstance(o, str):
            return self.encode_str(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.floatstr(o)
        return None

    def encode(self, o, level):
        text = self.primitive(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.encode_list(o, level)
        elif isinstance(o, dict):
            yield from self.encode_dict(o, level)
        else:
            self.enter(o)
            replacement = self.default(o)
            yield from self.encode(replacement, level)
            self.leave(o)

    def newline(self, level):
        return '\n' + self.indent * level

    def encode_list(self, lst, level):
        # Chunks: an opening bracket (or separator) travels with the following primitive item.
        if not lst:
            yield '[]'
            return
        self.enter(lst)
        prefix = '['
        if self.indent is not None:
            level += 1
            separator = self.item_separator + self.newline(level)
            prefix += self.newline(level)
        else:
            separator = self.item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                prefix = separator
            text = self.primitive(value)
            if text is not None:
                yield prefix + text
            else:
                yield prefix
                if isinstance(value, (list, tuple)):
                    yield from self.encode_list(value, level)
                elif isinstance(value, dict):
                    yield from self.encode_dict(value, level)
                else:
                    yield from self.encode(value, level)
        if self.indent is not None:
            level -= 1
            yield self.newline(level)
        yield ']'
        self.leave(lst)

    def key_text(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.floatstr(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def encode_dict(self, dct, level):
        if not dct:
            yield '{}'
            return
        self.enter(dct)
        yield '{'
        if self.indent is not None:
            level += 1
            separator = self.item_separator + self.newline(level)
            yield self.newline(level)
        else:
            separator = self.item_separator
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            text = self.key_text(key)
            if text is None:
                continue
            if first:
                first = False
            else:
                yield separator
            yield self.encode_str(text)
            yield self.key_separator
            yield from self.encode(value, level)
        if self.indent is not None:
            level -= 1
            yield self.newline(level)
        yield '}'
        self.leave(dct)
