"""Common string constants, capwords(), the Template class and the Formatter class."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.
    """
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


_ID_START = '_' + ascii_letters
_ID_REST = _ID_START + digits
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'
_IGNORECASE = 2      # value of re.IGNORECASE; re is only imported for customised patterns


class _Lookup:
    """Looks keys up in keyword arguments first, then in a mapping."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]


_sentinel_dict = {}


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = _IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
            if isinstance(pattern, str):
                import re  # only needed for customised templates
                cls.pattern = re.compile(pattern, cls.flags | re.VERBOSE)
            cls._custom = True
        elif (cls.idpattern != _DEFAULT_IDPATTERN or cls.braceidpattern is not None
              or cls.flags != _IGNORECASE):
            import re  # only needed for customised templates
            delim = re.escape(cls.delimiter)
            bid = cls.braceidpattern or cls.idpattern
            text = (f'{delim}(?:(?P<escaped>{delim})|(?P<named>{cls.idpattern})|'
                    f'{{(?P<braced>{bid})}}|(?P<invalid>))')
            cls.pattern = re.compile(text, cls.flags)
            cls._custom = True
        else:
            cls._custom = False

    _custom = False

    def __init__(self, template):
        self.template = template

    # Scanning: yields (start, end, kind, name) for each delimiter occurrence.
    def _scan(self):
        text = self.template
        if self._custom:
            for mo in self.pattern.finditer(text):
                if mo.group('escaped') is not None:
                    yield mo.start(), mo.end(), 'escaped', None
                elif mo.group('named') is not None:
                    yield mo.start(), mo.end(), 'named', mo.group('named')
                elif mo.group('braced') is not None:
                    yield mo.start(), mo.end(), 'named', mo.group('braced')
                elif mo.group('invalid') is not None:
                    yield mo.start(), mo.end(), 'invalid', None
                else:
                    raise ValueError('Unrecognized named group in pattern', self.pattern)
            return
        delim = self.delimiter
        size = len(delim)
        n = len(text)
        pos = 0
        while True:
            start = text.find(delim, pos)
            if start < 0 or not delim:
                return
            after = start + size
            if text.startswith(delim, after):
                yield start, after + size, 'escaped', None
                pos = after + size
                continue
            end = self._identifier_end(text, after)
            if end > after:
                yield start, end, 'named', text[after:end]
                pos = end
                continue
            if after < n and text[after] == '{':
                end = self._identifier_end(text, after + 1)
                if end > after + 1 and end < n and text[end] == '}':
                    yield start, end + 1, 'named', text[after + 1:end]
                    pos = end + 1
                    continue
            yield start, after, 'invalid', None
            pos = after

    @staticmethod
    def _identifier_end(text, pos):
        n = len(text)
        if pos >= n or text[pos] not in _ID_START:
            return pos
        pos += 1
        while pos < n and text[pos] in _ID_REST:
            pos += 1
        return pos

    def _invalid(self, index):
        text = self.template
        lineno = text.count('\n', 0, index) + 1
        colno = index - text.rfind('\n', 0, index)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _render(self, mapping, safe):
        text = self.template
        pieces = []
        pos = 0
        for start, end, kind, name in self._scan():
            pieces.append(text[pos:start])
            if kind == 'escaped':
                pieces.append(self.delimiter)
            elif kind == 'named':
                if safe:
                    try:
                        pieces.append(str(mapping[name]))
                    except KeyError:
                        pieces.append(text[start:end])
                else:
                    pieces.append(str(mapping[name]))
            else:
                if safe:
                    pieces.append(text[start:end])
                else:
                    self._invalid(start)
            pos = end
        pieces.append(text[pos:])
        return ''.join(pieces)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _Lookup(kws, mapping)
        return self._render(mapping, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _Lookup(kws, mapping)
        return self._render(mapping, True)

    def is_valid(self):
        for start, end, kind, name in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name in self._scan():
            if kind == 'named' and name not in ids:
                ids.append(name)
        return ids


def _parse_format(text):
    """Split a format string into (literal, field_name, format_spec, conversion) tuples."""
    n = len(text)
    i = 0
    literal = []
    while i < n:
        ch = text[i]
        if ch == '}':
            if i + 1 < n and text[i + 1] == '}':
                literal.append('}')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if ch != '{':
            literal.append(ch)
            i += 1
            continue
        if i + 1 < n and text[i + 1] == '{':
            literal.append('{')
            yield ''.join(literal), None, None, None
            literal = []
            i += 2
            continue
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        # A replacement field: the name runs to ':', '!' or '}', skipping over [...] parts.
        j = i + 1
        while j < n and text[j] not in ':!}':
            if text[j] == '[':
                while j < n and text[j] != ']':
                    j += 1
                if j >= n:
                    break
            elif text[j] == '{':
                raise ValueError("unexpected '{' in field name")
            j += 1
        if j >= n:
            raise ValueError("expected '}' before end of string")
        field_name = text[i + 1:j]
        conversion = None
        if text[j] == '!':
            if j + 1 >= n:
                raise ValueError('end of string while looking for conversion specifier')
            conversion = text[j + 1]
            j += 2
            if j < n and text[j] not in ':}':
                raise ValueError("expected ':' after conversion specifier")
        spec = ''
        if j < n and text[j] == ':':
            depth = 1
            k = j + 1
            while k < n:
                if text[k] == '{':
                    depth += 1
                elif text[k] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                k += 1
            if k >= n:
                raise ValueError("unmatched '{' in format spec")
            spec = text[j + 1:k]
            j = k
        elif j >= n:
            raise ValueError("unmatched '{' in format spec")
        yield ''.join(literal), field_name, spec, conversion
        literal = []
        i = j + 1
    if literal:
        yield ''.join(literal), None, None, None


def _split_field_name(name):
    """Split 'a.b[0]' into ('a', [(True, 'b'), (False, 0)])."""
    n = len(name)
    i = 0
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit() and first.isascii():
        first = int(first)
    rest = []
    while i < n:
        ch = name[i]
        if ch == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            key = name[i + 1:j]
            if not key:
                raise ValueError('Empty attribute in format string')
            rest.append((True, key))
            i = j
        elif ch == '[':
            j = name.find(']', i + 1)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError('Empty attribute in format string')
            if key.isdigit() and key.isascii():
                key = int(key)
            rest.append((False, key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, iter(rest)


class Formatter:
    """Implements the str.format() mini-language with overridable steps."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, field_name, format_spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            out.append(self.format_field(obj, format_spec))
        return ''.join(out), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return list(_parse_format(format_string))

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
