"""Parse URLs into components, join them, and quote/unquote their parts (RFC 3986)."""

import re
from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file',
                 'https', 'shttp', 'mms', 'prospero', 'rtsp', 'rtsps', 'rtspu',
                 'sftp', 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais',
               'file', 'mms', 'https', 'shttp', 'snews', 'prospero', 'rtsp',
               'rtsps', 'rtspu', 'rsync', 'svn', 'svn+ssh', 'sftp', 'nfs',
               'git', 'git+ssh', 'ws', 'wss', 'itms-services']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp',
               'rtsp', 'rtsps', 'rtspu', 'sip', 'sips', 'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news', 'telnet', 'wais',
                    'imap', 'snews', 'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms', 'gopher',
              'rtsp', 'rtsps', 'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news', 'nntp', 'wais',
                 'https', 'shttp', 'snews', 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

_C0_OR_SPACE = ''.join(chr(i) for i in range(33))
_UNSAFE = '\t\r\n'

MAX_CACHE_SIZE = 20


def clear_cache():
    """Kept for compatibility; nothing is cached here."""


# ---------------------------------------------------------------- str/bytes

def _noop(obj):
    return obj


def _encode_result(obj, encoding='ascii', errors='strict'):
    return obj.encode(encoding, errors)


def _decode_args(args, encoding='ascii', errors='strict'):
    return tuple(x.decode(encoding, errors) if x else '' for x in args)


def _coerce_args(*args):
    # Returns the arguments as str plus a function turning a str result back
    # into the callers' type.
    want_str = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != want_str:
            raise TypeError("Cannot mix str and non-str arguments")
    if want_str:
        return args + (_noop,)
    return _decode_args(args) + (_encode_result,)


# ---------------------------------------------------------------- results

class _ResultMixinStr(object):
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*(x.encode(encoding, errors) for x in self))


class _ResultMixinBytes(object):
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*(x.decode(encoding, errors) for x in self))


class _NetlocResultMixinBase(object):
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        host = self._hostinfo[0]
        if not host:
            return None
        pct = '%' if isinstance(host, str) else b'%'
        head, sep, zone = host.partition(pct)
        return head.lower() + sep + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is not None:
            if port.isdigit() and port.isascii():
                port = int(port if isinstance(port, str) else port.decode('ascii'))
            else:
                raise ValueError(f"Port could not be cast to integer value as {port!r}")
            if not (0 <= port <= 65535):
                raise ValueError("Port out of range 0-65535")
        return port

    __class_getitem__ = classmethod(lambda cls, item: cls)


def _split_netloc_parts(netloc, at, colon, lbr, rbr):
    userinfo, have_info, hostinfo = netloc.rpartition(at)
    if have_info:
        username, have_password, password = userinfo.partition(colon)
        if not have_password:
            password = None
    else:
        username = password = None
    _, have_open_br, bracketed = hostinfo.partition(lbr)
    if have_open_br:
        hostname, _, rest = bracketed.partition(rbr)
        _, _, port = rest.partition(colon)
    else:
        hostname, _, port = hostinfo.partition(colon)
    if not port:
        port = None
    return (username, password), (hostname, port)


class _NetlocResultMixinStr(_NetlocResultMixinBase, _ResultMixinStr):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _split_netloc_parts(self.netloc, '@', ':', '[', ']')[0]

    @property
    def _hostinfo(self):
        return _split_netloc_parts(self.netloc, '@', ':', '[', ']')[1]


class _NetlocResultMixinBytes(_NetlocResultMixinBase, _ResultMixinBytes):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _split_netloc_parts(self.netloc, b'@', b':', b'[', b']')[0]

    @property
    def _hostinfo(self):
        return _split_netloc_parts(self.netloc, b'@', b':', b'[', b']')[1]


_DefragResultBase = namedtuple('_DefragResultBase', 'url fragment')
_SplitResultBase = namedtuple('_SplitResultBase', 'scheme netloc path query fragment')
_ParseResultBase = namedtuple('_ParseResultBase', 'scheme netloc path params query fragment')


class DefragResult(_DefragResultBase, _ResultMixinStr):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + '#' + self.fragment
        return self.url


class SplitResult(_SplitResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragResultBase, _ResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + b'#' + self.fragment
        return self.url


class SplitResultBytes(_SplitResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


for _s, _b in ((DefragResult, DefragResultBytes), (SplitResult, SplitResultBytes),
               (ParseResult, ParseResultBytes)):
    _s._encoded_counterpart = _b
    _b._decoded_counterpart = _s
del _s, _b

DefragResult.__doc__ = "DefragResult(url, fragment)"
SplitResult.__doc__ = "SplitResult(scheme, netloc, path, query, fragment)"
ParseResult.__doc__ = "ParseResult(scheme, netloc, path, params, query, fragment)"


# ---------------------------------------------------------------- splitting

_HEX = '0123456789abcdefABCDEF'


def _valid_ipv4(text):
    parts = text.split('.')
    if len(parts) != 4:
        return False
    for part in parts:
        if not part or len(part) > 3 or not (part.isascii() and part.isdigit()):
            return False
        if len(part) > 1 and part[0] == '0':
            return False
        if int(part) > 255:
            return False
    return True


def _valid_ipv6(text):
    addr, pct, scope = text.partition('%')
    if pct and (not scope or '%' in scope or '/' in scope):
        return False
    if not addr or '/' in addr:
        return False
    groups_needed = 8
    if '.' in addr.rpartition(':')[2]:
        head, _, tail = addr.rpartition(':')
        if not _valid_ipv4(tail):
            return False
        addr = head + ':0:0'
    if addr.count('::') > 1:
        return False
    if '::' in addr:
        left, _, right = addr.partition('::')
        lparts = left.split(':') if left else []
        rparts = right.split(':') if right else []
        if len(lparts) + len(rparts) > groups_needed - 1:
            return False
        parts = lparts + rparts
    else:
        parts = addr.split(':')
        if len(parts) != groups_needed:
            return False
    for part in parts:
        if not part or len(part) > 4:
            return False
        for ch in part:
            if ch not in _HEX:
                return False
    return True


def _check_bracketed_host(host):
    if host.startswith('v'):
        if not re.match(r"\Av[a-fA-F0-9]+\..+\Z", host):
            raise ValueError("IPvFuture address is invalid")
        return
    if _valid_ipv6(host):
        return
    if _valid_ipv4(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    raise ValueError("%r does not appear to be an IPv4 or IPv6 address" % (host,))


def _check_netloc(netloc):
    if not netloc or netloc.isascii():
        return
    import unicodedata
    bare = netloc.replace('@', '').replace(':', '').replace('#', '').replace('?', '')
    normalized = unicodedata.normalize('NFKC', bare)
    if bare == normalized:
        return
    for ch in '/?#@:':
        if ch in normalized:
            raise ValueError("netloc '" + netloc + "' contains invalid "
                             "characters under NFKC normalization")


def _split_scheme(url):
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        candidate = url[:colon]
        if all(c in scheme_chars for c in candidate):
            return candidate.lower(), url[colon + 1:]
    return None, url


def _split_off_netloc(url):
    end = len(url)
    for ch in '/?#':
        pos = url.find(ch, 2)
        if 0 <= pos < end:
            end = pos
    return url[2:end], url[end:]


def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into SplitResult(scheme, netloc, path, query, fragment)."""
    url, scheme, _coerce_result = _coerce_args(url, scheme)
    url = url.lstrip(_C0_OR_SPACE)
    scheme = scheme.strip(_C0_OR_SPACE)
    for ch in _UNSAFE:
        url = url.replace(ch, '')
        scheme = scheme.replace(ch, '')
    netloc = query = fragment = ''
    found, rest = _split_scheme(url)
    if found is not None:
        scheme, url = found, rest
    if url[:2] == '//':
        netloc, url = _split_off_netloc(url)
        if ('[' in netloc) != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
        if '[' in netloc:
            _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments and '#' in url:
        url, _, fragment = url.partition('#')
    if '?' in url:
        url, _, query = url.partition('?')
    _check_netloc(netloc)
    result = SplitResult(scheme, netloc, url, query, fragment)
    if _coerce_result is _noop:
        return result
    return result.encode()


def _split_params(path):
    slash = path.rfind('/')
    semi = path.find(';', slash if slash >= 0 else 0)
    if semi < 0:
        return path, ''
    return path[:semi], path[semi + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """Split a URL into ParseResult(scheme, netloc, path, params, query, fragment)."""
    url, scheme, _coerce_result = _coerce_args(url, scheme)
    sch, netloc, path, query, fragment = urlsplit(url, scheme, allow_fragments)
    params = ''
    if sch in uses_params and ';' in path:
        path, params = _split_params(path)
    result = ParseResult(sch, netloc, path, params, query, fragment)
    if _coerce_result is _noop:
        return result
    return result.encode()


def urlunsplit(components):
    """Join a 5-tuple (as urlsplit returns) back into a URL string."""
    scheme, netloc, path, query, fragment, _coerce_result = _coerce_args(*components)
    if netloc:
        if path and not path.startswith('/'):
            path = '/' + path
        path = '//' + netloc + path
    elif path[:2] == '//':
        path = '//' + path
    elif scheme and scheme in uses_netloc and (not path or path[:1] == '/'):
        path = '//' + path
    out = path
    if scheme:
        out = scheme + ':' + out
    if query:
        out = out + '?' + query
    if fragment:
        out = out + '#' + fragment
    return _coerce_result(out)


def urlunparse(components):
    """Join a 6-tuple (as urlparse returns) back into a URL string."""
    scheme, netloc, path, params, query, fragment, _coerce_result = _coerce_args(*components)
    if params:
        path = path + ';' + params
    return _coerce_result(urlunsplit((scheme, netloc, path, query, fragment)))


def _remove_dots(segments):
    out = []
    for seg in segments:
        if seg == '..':
            if out:
                out.pop()
        elif seg != '.':
            out.append(seg)
    if segments[-1] in ('.', '..'):
        out.append('')
    return out


def urljoin(base, url, allow_fragments=True):
    """Resolve url against base (RFC 3986 section 5.2)."""
    if not base:
        return url
    if not url:
        return base
    base, url, _coerce_result = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return _coerce_result(url)
    if scheme in uses_netloc:
        if netloc:
            return _coerce_result(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc
    if not path and not params:
        path, params = bpath, bparams
        if not query:
            query = bquery
        return _coerce_result(urlunparse((scheme, netloc, path, params, query, fragment)))
    if path[:1] == '/':
        segments = path.split('/')
    else:
        base_segments = bpath.split('/')
        if base_segments[-1] != '':
            base_segments.pop()
        segments = base_segments + path.split('/')
        # empty segments in the middle collapse
        segments = segments[:1] + [s for s in segments[1:-1] if s] + segments[-1:]
    joined = '/'.join(_remove_dots(segments)) or '/'
    return _coerce_result(urlunparse((scheme, netloc, joined, params, query, fragment)))


def urldefrag(url):
    """Remove the fragment: DefragResult(url without fragment, fragment)."""
    url, _coerce_result = _coerce_args(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ''))
    else:
        frag = ''
        defrag = url
    result = DefragResult(defrag, frag)
    if _coerce_result is _noop:
        return result
    return result.encode()


def unwrap(url):
    """Turn '<URL:scheme://host/path>' into 'scheme://host/path'."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


# ---------------------------------------------------------------- quoting

_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789'
                         b'_.-~')
_HEXDIG = b'0123456789ABCDEF'


def _hexval(b):
    if 48 <= b <= 57:
        return b - 48
    if 65 <= b <= 70:
        return b - 55
    if 97 <= b <= 102:
        return b - 87
    return -1


def unquote_to_bytes(string):
    """Decode %XX escapes: unquote_to_bytes('abc%20def') -> b'abc def'."""
    if not string:
        string.split  # raises AttributeError for non-strings, as CPython does
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    data = bytes(string)
    if b'%' not in data:
        return data
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if b == 37 and i + 2 < n:
            hi = _hexval(data[i + 1])
            lo = _hexval(data[i + 2])
            if hi >= 0 and lo >= 0:
                out.append(hi * 16 + lo)
                i += 3
                continue
        out.append(b)
        i += 1
    return bytes(out)


_PCT_RUN = re.compile('((?:%[0-9a-fA-F][0-9a-fA-F])+)')


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %XX escapes with the characters they encode (UTF-8 by default)."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    pieces = _PCT_RUN.split(string)
    for k in range(1, len(pieces), 2):
        pieces[k] = unquote_to_bytes(pieces[k]).decode(encoding, errors)
    return ''.join(pieces)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """Like unquote(), but also turn '+' into a space (form encoding)."""
    string = string.replace('+', ' ')
    return unquote(string, encoding, errors)


def quote_from_bytes(bs, safe='/'):
    """Like quote(), but for bytes: quote_from_bytes(b'a&\\xef') -> 'a%26%EF'."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes(c for c in safe if c < 128)
    ok = _ALWAYS_SAFE.union(safe)
    if not bs.rstrip(bytes(sorted(ok))):
        return bs.decode()
    parts = []
    for b in bs:
        if b in ok:
            parts.append(chr(b))
        else:
            parts.append('%' + chr(_HEXDIG[b >> 4]) + chr(_HEXDIG[b & 15]))
    return ''.join(parts)


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encode a URL part; letters, digits and '_.-~' are never quoted."""
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote(), but also replace spaces with '+' (form encoding)."""
    if ((isinstance(string, str) and ' ' not in string) or
            (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    string = quote(string, safe + space, encoding, errors)
    return string.replace(' ', '+')


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """Encode a mapping or a sequence of pairs as 'key=value&...'."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence "
                            "or mapping object") from err

    def q(obj):
        if isinstance(obj, bytes):
            return quote_via(obj, safe)
        return quote_via(obj if isinstance(obj, str) else str(obj), safe, encoding, errors)

    out = []
    for k, v in query:
        key = q(k)
        if not doseq:
            out.append(key + '=' + q(v))
        elif isinstance(v, (bytes, str)):
            out.append(key + '=' + q(v))
        else:
            try:
                len(v)
            except TypeError:
                out.append(key + '=' + q(v))
            else:
                for item in v:
                    out.append(key + '=' + q(item))
    return '&'.join(out)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a list of (name, value) pairs."""
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if isinstance(qs, str):
        if not isinstance(separator, str):
            separator = str(separator, 'ascii')
        eq = '='

        def _unq(s):
            return unquote_plus(s, encoding=encoding, errors=errors)
    else:
        if not qs:
            return []
        qs = bytes(memoryview(qs))
        if isinstance(separator, str):
            separator = bytes(separator, 'ascii')
        eq = b'='

        def _unq(s):
            return unquote_to_bytes(s.replace(b'+', b' '))

    if not qs:
        return []
    if max_num_fields is not None:
        if max_num_fields < 1 + qs.count(separator):
            raise ValueError('Max number of fields exceeded')

    pairs = []
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        name, has_eq, value = field.partition(eq)
        if not has_eq and strict_parsing:
            raise ValueError("bad query field: %r" % (field,))
        if value or keep_blank_values:
            name = _unq(name)
            value = _unq(value)
            pairs.append((name, value))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a dict mapping names to lists of values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields, separator=separator):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result
