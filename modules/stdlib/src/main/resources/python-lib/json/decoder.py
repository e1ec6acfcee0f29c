"""JSON decoder: JSONDecoder and JSONDecodeError."""

__all__ = ['JSONDecoder', 'JSONDecodeError']

_WHITESPACE = ' \t\n\r'
_DIGITS = '0123456789'
_HEX = '0123456789abcdefABCDEF'
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n',
                   'r': '\r', 't': '\t'}

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """ValueError raised for malformed JSON; carries msg, doc, pos, lineno and colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}


class _NoValue(Exception):
    """Raised inside the parser when no JSON value starts at the given index."""

    def __init__(self, index):
        self.index = index


def _skip(s, index):
    n = len(s)
    while index < n and s[index] in _WHITESPACE:
        index += 1
    return index


def _hex4(s, index):
    """Parse four hex digits of a \\u escape starting at index (just after the 'u')."""
    digits = s[index:index + 4]
    if len(digits) != 4 or any(ch not in _HEX for ch in digits):
        return None
    return int(digits, 16)


try:
    from _json import scanstring as c_scanstring
except ImportError:
    c_scanstring = None


def py_scanstring(s, end, strict=True):
    """Decode the JSON string whose opening quote is at end - 1; return (text, index after it)."""
    begin = end - 1
    chunks = []
    n = len(s)
    while True:
        # Copy a run of ordinary characters at once.
        start = end
        while end < n:
            ch = s[end]
            if ch == '"' or ch == '\\' or ch < ' ':
                break
            end += 1
        if end > start:
            chunks.append(s[start:end])
        if end >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        ch = s[end]
        if ch == '"':
            return ''.join(chunks), end + 1
        if ch != '\\':
            if strict:
                raise JSONDecodeError('Invalid control character at', s, end)
            chunks.append(ch)
            end += 1
            continue
        # An escape sequence.
        if end + 1 >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[end + 1]
        if esc != 'u':
            try:
                chunks.append(_SIMPLE_ESCAPES[esc])
            except KeyError:
                raise JSONDecodeError('Invalid \\escape', s, end) from None
            end += 2
            continue
        code = _hex4(s, end + 2)
        if code is None:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, end + 1)
        end += 6
        if 0xd800 <= code <= 0xdbff and s[end:end + 2] == '\\u':
            low = _hex4(s, end + 2)
            if low is None:
                raise JSONDecodeError('Invalid \\uXXXX escape', s, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        chunks.append(chr(code))


scanstring = c_scanstring or py_scanstring


class _Parser:
    """Recursive-descent parser holding the decoder's options."""

    def __init__(self, decoder):
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        memo = getattr(decoder, 'memo', None)
        self.memo = memo if memo is not None else {}

    def value(self, s, index):
        try:
            ch = s[index]
        except IndexError:
            raise _NoValue(index) from None
        if ch == '"':
            return scanstring(s, index + 1, self.strict)
        if ch == '{':
            return self.object(s, index + 1)
        if ch == '[':
            return self.array(s, index + 1)
        if ch == 'n' and s.startswith('null', index):
            return None, index + 4
        if ch == 't' and s.startswith('true', index):
            return True, index + 4
        if ch == 'f' and s.startswith('false', index):
            return False, index + 5
        number = self.number(s, index)
        if number is not None:
            return number
        if ch == 'N' and s.startswith('NaN', index):
            return self.parse_constant('NaN'), index + 3
        if ch == 'I' and s.startswith('Infinity', index):
            return self.parse_constant('Infinity'), index + 8
        if ch == '-' and s.startswith('-Infinity', index):
            return self.parse_constant('-Infinity'), index + 9
        raise _NoValue(index)

    def number(self, s, index):
        n = len(s)
        pos = index
        if pos < n and s[pos] == '-':
            pos += 1
        if pos >= n or s[pos] not in _DIGITS:
            return None
        if s[pos] == '0':
            pos += 1
        else:
            while pos < n and s[pos] in _DIGITS:
                pos += 1
        integer_end = pos
        is_float = False
        if pos + 1 < n and s[pos] == '.' and s[pos + 1] in _DIGITS:
            pos += 2
            while pos < n and s[pos] in _DIGITS:
                pos += 1
            is_float = True
        if pos < n and s[pos] in 'eE':
            exp = pos + 1
            if exp < n and s[exp] in '+-':
                exp += 1
            if exp < n and s[exp] in _DIGITS:
                while exp < n and s[exp] in _DIGITS:
                    exp += 1
                pos = exp
                is_float = True
        text = s[index:pos]
        if is_float:
            return self.parse_float(text), pos
        return self.parse_int(s[index:integer_end]), integer_end

    def object(self, s, index):
        pairs = []
        memo = self.memo
        index = _skip(s, index)
        if index < len(s) and s[index] == '}':
            return self.finish_object(pairs), index + 1
        while True:
            if index >= len(s) or s[index] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, index)
            key, index = scanstring(s, index + 1, self.strict)
            key = memo.setdefault(key, key)
            index = _skip(s, index)
            if index >= len(s) or s[index] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, index)
            index = _skip(s, index + 1)
            try:
                value, index = self.value(s, index)
            except _NoValue as missing:
                raise JSONDecodeError('Expecting value', s, missing.index) from None
            pairs.append((key, value))
            index = _skip(s, index)
            if index < len(s) and s[index] == '}':
                return self.finish_object(pairs), index + 1
            if index >= len(s) or s[index] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, index)
            comma = index
            index = _skip(s, index + 1)
            if index < len(s) and s[index] == '}':
                raise JSONDecodeError('Illegal trailing comma before end of object', s, comma)

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result

    def array(self, s, index):
        values = []
        index = _skip(s, index)
        if index < len(s) and s[index] == ']':
            return values, index + 1
        while True:
            try:
                value, index = self.value(s, index)
            except _NoValue as missing:
                raise JSONDecodeError('Expecting value', s, missing.index) from None
            values.append(value)
            index = _skip(s, index)
            if index < len(s) and s[index] == ']':
                return values, index + 1
            if index >= len(s) or s[index] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, index)
            comma = index
            index = _skip(s, index + 1)
            if index < len(s) and s[index] == ']':
                raise JSONDecodeError('Illegal trailing comma before end of array', s, comma)


class JSONDecoder(object):
    """Turns JSON text into Python objects.

    Objects become dicts (or whatever object_hook / object_pairs_hook make of them), arrays
    lists, strings str, numbers int or float (or parse_int / parse_float results), true/false
    booleans and null None; NaN, Infinity and -Infinity go through parse_constant.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}
        from .scanner import make_scanner
        self.scan_once = make_scanner(self)

    def decode(self, s):
        """Return the Python representation of s (a str instance containing a JSON document)."""
        obj, end = self.raw_decode(s, idx=_skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from s (a str beginning with a JSON document) and return a
        2-tuple of the Python representation and the index in s where the document ended.
        """
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
        return obj, end
