"""Reading and writing CSV files (the dialects Excel uses and others described by Dialect attributes)."""

import re
import types
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "QUOTE_STRINGS", "QUOTE_NOTNULL",
           "Error", "Dialect", "excel", "excel_tab", "field_size_limit", "reader", "writer", "register_dialect",
           "get_dialect", "list_dialects", "Sniffer", "unregister_dialect", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL = range(6)

_field_limit = 128 * 1024
_dialects = {}


class Error(Exception):
    pass


def field_size_limit(*args):
    """The largest field the reader accepts; with an argument, sets it and returns the old value."""
    global _field_limit
    if len(args) > 1:
        raise TypeError(f"field_size_limit expected at most 1 argument, got {len(args)}")
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


# -- dialects --------------------------------------------------------------------------------------------

_PARAMS = ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace', 'lineterminator',
           'quoting', 'strict')


class _Params:
    """A validated, immutable set of formatting parameters (what reader.dialect and writer.dialect are)."""

    __slots__ = _PARAMS

    def __init__(self, dialect=None, **fmtparams):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        values = {}
        explicit = set()
        for name in _PARAMS:
            if name in fmtparams:
                values[name] = fmtparams.pop(name)
                explicit.add(name)
            elif dialect is not None and hasattr(dialect, name):
                values[name] = getattr(dialect, name)
        if fmtparams:
            name = next(iter(fmtparams))
            raise TypeError(f"this function got an unexpected keyword argument '{name}'")
        delimiter = _char('delimiter', values.get('delimiter', ','), allow_none=False)
        quotechar = _char('quotechar', values.get('quotechar', '"'), allow_none=True)
        escapechar = _char('escapechar', values.get('escapechar', None), allow_none=True)
        lineterminator = values.get('lineterminator', '\r\n')
        if not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        quoting = values.get('quoting', QUOTE_MINIMAL)
        if not isinstance(quoting, int) or quoting not in range(6):
            raise TypeError('bad "quoting" value')
        if delimiter in '\r\n':
            raise ValueError('bad delimiter value')
        skipinitialspace = bool(values.get('skipinitialspace', False))
        if quotechar is not None and (quotechar in '\r\n' or (quotechar == ' ' and skipinitialspace)):
            raise ValueError('bad quotechar value')
        if escapechar is not None and (escapechar in '\r\n' or (escapechar == ' ' and skipinitialspace)):
            raise ValueError('bad escapechar value')
        if delimiter == quotechar:
            raise ValueError('bad delimiter or quotechar value')
        if delimiter == escapechar:
            raise ValueError('bad delimiter or escapechar value')
        if escapechar is not None and escapechar == quotechar:
            raise ValueError('bad escapechar or quotechar value')
        for name, ch in (('delimiter', delimiter), ('quotechar', quotechar), ('escapechar', escapechar)):
            if ch is not None and ch in lineterminator:
                raise ValueError(f'bad {name} or lineterminator value')
        if quotechar is None and quoting not in (QUOTE_NONE, QUOTE_MINIMAL):
            raise TypeError('quotechar must be set if quoting enabled')
        set_ = object.__setattr__
        set_(self, 'delimiter', delimiter)
        set_(self, 'quotechar', quotechar)
        set_(self, 'escapechar', escapechar)
        set_(self, 'doublequote', bool(values.get('doublequote', True)))
        set_(self, 'skipinitialspace', bool(values.get('skipinitialspace', False)))
        set_(self, 'lineterminator', lineterminator)
        set_(self, 'quoting', quoting)
        set_(self, 'strict', bool(values.get('strict', False)))

    def __setattr__(self, name, value):
        raise AttributeError(f"attribute '{name}' of '_csv.Dialect' objects is not writable")

    def __delattr__(self, name):
        raise AttributeError(f"attribute '{name}' of '_csv.Dialect' objects is not writable")


def _char(name, value, allow_none):
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        kinds = 'string or None' if allow_none else 'string'
        raise TypeError(f'"{name}" must be {kinds}, not {type(value).__name__}')
    if len(value) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return value


class Dialect:
    """Describes a CSV flavour; subclass it and set the attributes (excel is the usual base)."""

    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Params(self)
        except TypeError as e:
            raise Error(str(e)) from None


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """The usual properties of a CSV file made on UNIX systems ('\\n' ends lines, every field quoted)."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    try:
        _dialects[name] = _Params(dialect, **fmtparams)
    except Error as e:
        raise TypeError(str(e)) from None


def unregister_dialect(name):
    try:
        del _dialects[name]
    except KeyError:
        raise Error("unknown dialect") from None


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)


# -- reading ---------------------------------------------------------------------------------------------

_EOL = None  # the end of a line, after its characters (which may include '\r' and '\n')

(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, _ESCAPE_IN_QUOTED_FIELD,
 _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)


class _Reader:
    """Iterator over the records of a CSV text: each a list of fields."""

    def __init__(self, iterable, dialect, fmtparams):
        self._lines = iter(iterable)
        self.dialect = _Params(dialect, **fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def _reset(self):
        self._fields = []
        self._field = []
        self._quoted = False
        self._state = _START_RECORD

    def __next__(self):
        self._reset()
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data") from None
                    self._save_field()
                    return self._fields
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s (the file should be opened in text "
                            "mode)" % type(line).__name__) from None
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                return self._fields

    def _add(self, c):
        if len(self._field) >= _field_limit:
            raise Error(f"field larger than field limit ({_field_limit})")
        self._field.append(c)

    def _save_field(self):
        text = ''.join(self._field)
        quoting = self.dialect.quoting
        value = text
        if not self._quoted:
            if not text and quoting in (QUOTE_NOTNULL, QUOTE_STRINGS):
                value = None
            elif text and quoting in (QUOTE_NONNUMERIC, QUOTE_STRINGS):
                value = float(text)
        self._fields.append(value)
        self._field = []
        self._quoted = False

    def _end_of_field(self, c):
        self._save_field()
        self._state = _START_RECORD if c is _EOL else _EAT_CRNL

    def _process(self, c):
        d = self.dialect
        state = self._state
        quoting_on = d.quoting != QUOTE_NONE and d.quotechar is not None
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c in '\r\n':
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c in '\r\n':
                self._end_of_field(c)
            elif c == d.quotechar and quoting_on:
                self._quoted = True
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                self._add(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c is _EOL:
                c = '\n'
            self._add(c)
            # an escaped line break: the end of the physical line that follows it does not end the record
            self._state = _AFTER_ESCAPED_CRNL if c in '\r\n' else _IN_FIELD
        elif state == _AFTER_ESCAPED_CRNL:
            if c is _EOL:
                self._state = _IN_FIELD
            else:
                self._state = _IN_FIELD
                self._process(c)
        elif state == _IN_FIELD:
            if c is _EOL or c in '\r\n':
                self._end_of_field(c)
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add(c)
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and quoting_on:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            if c is _EOL:
                c = '\n'
            self._add(c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if quoting_on and c == d.quotechar:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is _EOL or c in '\r\n':
                self._end_of_field(c)
            elif not d.strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error(f"'{d.delimiter}' expected after '{d.quotechar}'")
        elif state == _EAT_CRNL:
            if c is _EOL:
                self._state = _START_RECORD
            elif c not in '\r\n':
                raise Error("new-line character seen in unquoted field - do you need to open the file with "
                            "newline=''?")


def reader(csvfile, dialect='excel', **fmtparams):
    """An iterator over the rows (lists of strings) of csvfile, an iterable of lines."""
    return _Reader(csvfile, dialect, fmtparams)


# -- writing ---------------------------------------------------------------------------------------------

class _Writer:
    """Writes rows to a file-like object as delimited, quoted text."""

    def __init__(self, fileobj, dialect, fmtparams):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = _Params(dialect, **fmtparams)

    def _needs_quotes(self, text):
        d = self.dialect
        specials = (d.delimiter, '\n', '\r') + tuple(d.lineterminator)
        if d.doublequote and d.quotechar is not None:
            specials += (d.quotechar,)
        return any(ch in text for ch in specials)

    def _format(self, field, only_field):
        d = self.dialect
        quoting = d.quoting
        if field is None:
            text = ''
        elif isinstance(field, float):
            text = repr(field)
        else:
            text = str(field)
        if quoting == QUOTE_ALL:
            quote = True
        elif quoting == QUOTE_NONNUMERIC:
            quote = not isinstance(field, (int, float, complex)) or field is None
            quote = quote and not _is_number(field)
        elif quoting == QUOTE_STRINGS:
            quote = isinstance(field, str)
        elif quoting == QUOTE_NOTNULL:
            quote = field is not None
        elif quoting == QUOTE_NONE:
            quote = False
        else:
            quote = self._needs_quotes(text)
        if d.quotechar is None:
            quote = False
        if (not text and not quote and quoting == QUOTE_MINIMAL and d.delimiter == ' ' and d.skipinitialspace
                and d.quotechar):
            quote = True  # else empty fields vanish among the space delimiters
        if only_field and not text and not quote:
            if quoting in (QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL) or d.quotechar is None:
                raise Error("single empty field record must be quoted")
            quote = True
        return self._escape(text, quote)

    def _escape(self, text, quote):
        d = self.dialect
        out = []
        for ch in text:
            special = ch == d.escapechar and d.escapechar is not None
            if not quote and not special:
                special = ch in (d.delimiter, d.quotechar, '\r', '\n') or ch in d.lineterminator
            if ch == d.quotechar and d.quotechar is not None:
                if quote and d.doublequote:
                    out.append(ch + ch)
                    continue
                special = True
            if special:
                if d.escapechar is None:
                    raise Error("need to escape, but no escapechar set")
                out.append(d.escapechar + ch)
            else:
                out.append(ch)
        body = ''.join(out)
        return d.quotechar + body + d.quotechar if quote else body

    def writerow(self, row):
        try:
            fields = list(row)
        except TypeError:
            raise Error(f"iterable expected, not {type(row).__name__}") from None
        only = len(fields) == 1
        line = self.dialect.delimiter.join(self._format(f, only) for f in fields)
        return self._write(line + self.dialect.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def _is_number(value):
    return isinstance(value, (int, float, complex)) or (
        hasattr(type(value), '__float__') and not isinstance(value, str))


def writer(csvfile, dialect='excel', **fmtparams):
    """A writer turning rows (iterables of values) into delimited text written to csvfile."""
    return _Writer(csvfile, dialect, fmtparams)


# -- dictionaries ----------------------------------------------------------------------------------------

class DictReader:
    """Reads rows as dicts keyed by the field names (given, or read from the first row)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d

    __class_getitem__ = classmethod(types.GenericAlias)


class DictWriter:
    """Writes dicts as rows, values in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = [key for key in rowdict if key not in self.fieldnames]
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

    __class_getitem__ = classmethod(types.GenericAlias)


class Sniffer:
    """Guesses the dialect of a CSV sample and whether it starts with a header."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        quotechar, doublequote, delimiter, skipinitialspace = self._guess_quotes(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quotes(self, data, delimiters):
        """A quote character that encloses fields, and the delimiter that follows such fields."""
        counts = {}
        delims = {}
        spaces = 0
        for m in re.finditer(r'(?:^|\n)?[^\n]*?(["\'])(.*?)\1([^\w\n"\'])?( ?)', data):
            q = m.group(1)
            counts[q] = counts.get(q, 0) + 1
            d = m.group(3)
            if d and (delimiters is None or d in delimiters):
                delims[d] = delims.get(d, 0) + 1
            if m.group(4):
                spaces += 1
        if not counts:
            return '', False, None, 0
        quotechar = max(counts, key=counts.get)
        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaces
            if delim == '\n':
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0
        doublequote = (quotechar + quotechar) in data
        return quotechar, doublequote, delim, skipinitialspace

    def _guess_delimiter(self, data, delimiters):
        """The character occurring the same number of times on most lines (preferred ones first)."""
        lines = [line for line in data.split('\n') if line]
        if not lines:
            return '', 0
        candidates = {}
        for ch in set(data) - {'\n', '\r', '"', "'"}:
            if delimiters is not None and ch not in delimiters:
                continue
            if ch.isalnum():
                continue
            per_line = [line.count(ch) for line in lines]
            mode = max(set(per_line), key=per_line.count)
            if mode == 0:
                continue
            consistency = per_line.count(mode) / len(lines)
            candidates[ch] = consistency
        if not candidates:
            return '', 0
        best = max(candidates.values())
        top = [c for c in candidates if candidates[c] == best]
        for p in self.preferred:
            if p in top:
                delim = p
                break
        else:
            delim = sorted(top)[0]
        skipinitialspace = data.count(delim) == data.count(delim + ' ')
        return delim, skipinitialspace

    def has_header(self, sample):
        rdr = reader(StringIO(sample), self.sniff(sample))
        header = next(rdr)
        columns = len(header)
        column_types = {}
        for i in range(columns):
            column_types[i] = None
        checked = 0
        for row in rdr:
            if checked > 20:
                break
            checked += 1
            if len(row) != columns:
                continue
            for col in list(column_types.keys()):
                try:
                    float(row[col])
                    this_type = float
                except (ValueError, OverflowError):
                    this_type = len(row[col])
                if this_type != column_types[col]:
                    if column_types[col] is None:
                        column_types[col] = this_type
                    else:
                        del column_types[col]
        has_header = 0
        for col, col_type in column_types.items():
            if isinstance(col_type, int):
                has_header += 1 if len(header[col]) != col_type else -1
            else:
                try:
                    col_type(header[col])
                except (ValueError, TypeError):
                    has_header += 1
                else:
                    has_header -= 1
        return has_header > 0
