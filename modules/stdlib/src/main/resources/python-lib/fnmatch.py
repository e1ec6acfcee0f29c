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


# Pattern tokens: ('lit', ch), ('any',), ('set', regex_class_text), and _STAR.
_STAR = ('star',)


def _class_text(pat, i, j):
    """Regex class body for pat[i:j] (the text between '[' and ']'), or None for 'never'."""
    if '-' not in pat[i:j]:
        stuff = pat[i:j].replace('\\', r'\\')
    else:
        chunks = []
        k = i + 2 if pat[i] == '!' else i + 1
        while True:
            k = pat.find('-', k, j)
            if k < 0:
                break
            chunks.append(pat[i:k])
            i = k + 1
            k = k + 3
        chunk = pat[i:j]
        if chunk:
            chunks.append(chunk)
        else:
            chunks[-1] += '-'
        # Drop ranges whose ends are out of order (they would match nothing).
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        stuff = '-'.join(part.replace('\\', r'\\').replace('-', r'\-') for part in chunks)
    return ''.join('\\' + ch if ch in '&~|' else ch for ch in stuff)


def _tokenize(pat):
    """Turn a shell pattern into tokens; set tokens carry the regex class text translate() shows."""
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
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                tokens.append(('lit', '['))
                continue
            stuff = _class_text(pat, i, j)
            i = j + 1
            if not stuff:
                tokens.append(('never',))
            elif stuff == '!':
                tokens.append(('any',))
            else:
                if stuff[0] == '!':
                    stuff = '^' + stuff[1:]
                elif stuff[0] in ('^', '['):
                    stuff = '\\' + stuff
                tokens.append(('set', stuff))
        else:
            tokens.append(('lit', c))
    return tokens


def _token_regex(token):
    kind = token[0]
    if kind == 'lit':
        return _regex_escape(token[1])
    if kind == 'any':
        return '.'
    if kind == 'never':
        return '(?!)'
    return '[' + token[1] + ']'


def translate(pat):
    """The regular expression (as a string) equivalent to the shell pattern pat."""
    tokens = _tokenize(pat)
    out = []
    i = 0
    n = len(tokens)
    while i < n and tokens[i] is not _STAR:
        out.append(_token_regex(tokens[i]))
        i += 1
    while i < n:
        i += 1          # skip the star
        if i == n:
            out.append('.*')
            break
        fixed = []
        while i < n and tokens[i] is not _STAR:
            fixed.append(_token_regex(tokens[i]))
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            out.append('.*')
            out.append(fixed)
        else:
            out.append(f'(?>.*?{fixed})')
    body = ''.join(out)
    return fr'(?s:{body})\Z'


class _CharClass:
    """Membership test for the regex class bodies produced by _class_text()."""

    def __init__(self, text):
        self.negated = text.startswith('^')
        if self.negated:
            text = text[1:]
        atoms = []          # (char, escaped)
        k = 0
        while k < len(text):
            if text[k] == '\\' and k + 1 < len(text):
                atoms.append((text[k + 1], True))
                k += 2
            else:
                atoms.append((text[k], False))
                k += 1
        self.singles = set()
        self.ranges = []
        k = 0
        while k < len(atoms):
            ch = atoms[k][0]
            if (k + 2 < len(atoms) and atoms[k + 1] == ('-', False)):
                self.ranges.append((ch, atoms[k + 2][0]))
                k += 3
            else:
                self.singles.add(ch)
                k += 1

    def __contains__(self, ch):
        found = ch in self.singles or any(lo <= ch <= hi for lo, hi in self.ranges)
        return found != self.negated


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
    tokens = [('set', _CharClass(token[1])) if token[0] == 'set' else token
              for token in _tokenize(text)]
    segments = [[]]
    for token in tokens:
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
