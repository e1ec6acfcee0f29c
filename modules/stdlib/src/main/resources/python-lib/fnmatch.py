"""Filename matching with shell patterns: fnmatch, fnmatchcase, filter and translate."""

import sys

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

# Characters that the regular-expression escaper of translate() protects with a backslash.
_REGEX_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def _regex_escape(text):
    return ''.join('\\' + ch if ch in _REGEX_SPECIAL else ch for ch in text)


def _normcase(name):
    # Windows compares file names case-insensitively with '/' treated as '\\'; POSIX does not.
    if sys.platform.startswith('win'):
        if isinstance(name, bytes):
            return name.replace(b'/', b'\\').lower()
        return name.replace('/', '\\').lower()
    return name


def fnmatch(name, pat):
    """True if name matches the shell pattern pat (* any run, ? one character, [seq], [!seq]).

    Both are case-normalized first where the platform's file names ignore case; a leading
    dot is not special.
    """
    return fnmatchcase(_normcase(name), _normcase(pat))


def filter(names, pat):
    """The names (from any iterable) that match the pattern, as a list."""
    pat = _normcase(pat)
    matcher = _compile(pat)
    return [name for name in names if matcher(_normcase(name))]


def fnmatchcase(name, pat):
    """Like fnmatch(), but always case-sensitive and without normalizing either argument."""
    return _compile(pat)(name)


# Pattern tokens: ('lit', ch), ('any',), ('never',), ('set', _CharSet) and _STAR.
_STAR = ('star',)


class _CharSet:
    """A [...] of a shell pattern: single characters and ranges, possibly negated with '!'.

    Reading the body left to right, a character followed by '-' and one more character is a range;
    a '-' anywhere else is itself a member. Ranges whose ends are out of order are dropped, since
    they match nothing.
    """

    def __init__(self, body):
        self.negated = body.startswith('!')
        self.members = []       # each a character or a (low, high) pair
        k = 1 if self.negated else 0
        while k < len(body):
            if k + 2 < len(body) and body[k + 1] == '-':
                low, high = body[k], body[k + 2]
                if low <= high:
                    self.members.append((low, high))
                k += 3
            else:
                self.members.append(body[k])
                k += 1
        if not self.negated and self.members[:1] == ['!']:
            # Only reachable when dropped ranges left '!' in front: CPython's translate() then reads it
            # as a negation, and matching follows its regex.
            self.negated = True
            del self.members[0]

    def __contains__(self, ch):
        found = any(ch == m if isinstance(m, str) else m[0] <= ch <= m[1] for m in self.members)
        return found != self.negated

    def regex(self):
        """The regex text CPython's translate() writes for this set, or None when it can never match."""
        if not self.members:
            return '.' if self.negated else None
        text = ''.join(_class_char(m) if isinstance(m, str) else f'{_class_char(m[0])}-{_class_char(m[1])}'
                       for m in self.members)
        if self.negated:
            return '[^' + text + ']'
        if text[0] in '^[':
            text = '\\' + text
        return '[' + text + ']'


def _class_char(ch):
    """A set member as regex class text: backslash, '-' and the set-operation characters escaped."""
    return '\\' + ch if ch in '\\-&~|' else ch


def _tokenize(pat):
    """Turn a shell pattern into tokens ('[' without a closing ']' is a literal)."""
    tokens = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1] is not _STAR:
                tokens.append(_STAR)
        elif c == '?':
            tokens.append(('any',))
        elif c == '[':
            close = _set_end(pat, i)
            if close < 0:
                tokens.append(('lit', '['))
                continue
            charset = _CharSet(pat[i:close])
            i = close + 1
            if charset.regex() is None:
                tokens.append(('never',))
            elif charset.negated and not charset.members:
                tokens.append(('any',))
            else:
                tokens.append(('set', charset))
        else:
            tokens.append(('lit', c))
    return tokens


def _set_end(pat, start):
    """Index of the ']' closing a set whose body starts at start (a ']' first in the body is a member)."""
    j = start
    if j < len(pat) and pat[j] == '!':
        j += 1
    if j < len(pat) and pat[j] == ']':
        j += 1
    return pat.find(']', j)


def _token_regex(token):
    kind = token[0]
    if kind == 'lit':
        return _regex_escape(token[1])
    if kind == 'any':
        return '.'
    if kind == 'never':
        return '(?!)'
    return token[1].regex()


def translate(pat):
    """The regular expression (as a string) equivalent to the shell pattern pat."""
    # Split at the stars: the part before the first star matches in place; each later part but the last is
    # found lazily and then committed to (an atomic group); the last part must end the name.
    segments = [[]]
    for token in _tokenize(pat):
        if token is _STAR:
            segments.append([])
        else:
            segments[-1].append(_token_regex(token))
    parts = [''.join(segments[0])]
    for segment in segments[1:-1]:
        parts.append(f'(?>.*?{"".join(segment)})')
    if len(segments) > 1:
        parts.append('.*' + ''.join(segments[-1]))
    return fr'(?s:{"".join(parts)})\Z'


def _matches_at(segment, name, pos):
    for offset, token in enumerate(segment):
        ch = name[pos + offset]
        kind = token[0]
        if kind == 'lit':
            if ch != token[1]:
                return False
        elif kind == 'set':
            if ch not in token[1]:
                return False
        elif kind == 'never':
            return False
    return True


_cache = {}


def _compile(pat):
    key = (type(pat), pat)
    matcher = _cache.get(key)
    if matcher is not None:
        return matcher
    is_bytes = isinstance(pat, bytes)
    text = str(pat, 'ISO-8859-1') if is_bytes else pat
    segments = [[]]
    for token in _tokenize(text):
        if token is _STAR:
            segments.append([])
        else:
            segments[-1].append(token)

    def match(name):
        if is_bytes:
            if not isinstance(name, (bytes, bytearray)):
                raise TypeError('cannot use a bytes pattern on a string-like object')
            name = str(name, 'ISO-8859-1')
        elif not isinstance(name, str):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        n = len(name)
        if len(segments) == 1:
            only = segments[0]
            return len(only) == n and _matches_at(only, name, 0)
        head, middle, tail = segments[0], segments[1:-1], segments[-1]
        if len(head) + len(tail) > n or not _matches_at(head, name, 0):
            return False
        pos = len(head)
        limit = n - len(tail)
        for segment in middle:
            size = len(segment)
            while pos + size <= limit and not _matches_at(segment, name, pos):
                pos += 1
            if pos + size > limit:
                return False
            pos += size
        return _matches_at(tail, name, limit)

    if len(_cache) >= 32768:
        _cache.clear()
    _cache[key] = match
    return match
