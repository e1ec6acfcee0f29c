"""Sequence comparison: SequenceMatcher, Differ and ndiff (partial).

Written for Tiercel from the documented behaviour of CPython 3.13's difflib (the matching-block rules,
the junk heuristics and ndiff's '?' guide lines). Only what unittest's failure messages need is here:
``SequenceMatcher``, ``Differ``, ``ndiff``, ``restore``, ``get_close_matches``, ``IS_LINE_JUNK``,
``IS_CHARACTER_JUNK``, ``unified_diff``. ``context_diff``, ``HtmlDiff`` and ``diff_bytes`` are missing.
"""

from collections import namedtuple as _namedtuple

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher', 'Differ', 'IS_CHARACTER_JUNK',
           'IS_LINE_JUNK', 'unified_diff', 'Match']

Match = _namedtuple('Match', 'a b size')


def _ratio(matches, length):
    return 2.0 * matches / length if length else 1.0


class SequenceMatcher:
    """Finds the longest matching blocks of two sequences of hashable items (Ratcliff/Obershelp)."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        """Positions of each item of b, without junk items and (for long b) without very common ones."""
        positions = {}
        for index, item in enumerate(self.b):
            positions.setdefault(item, []).append(index)
        self.bjunk = set()
        if self.isjunk:
            self.bjunk = {item for item in positions if self.isjunk(item)}
            for item in self.bjunk:
                del positions[item]
        self.bpopular = set()
        n = len(self.b)
        if self.autojunk and n >= 200:
            limit = n // 100 + 1
            self.bpopular = {item for item, where in positions.items() if len(where) > limit}
            for item in self.bpopular:
                del positions[item]
        self.b2j = positions

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        a, b, b2j = self.a, self.b, self.b2j
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best_size = alo, blo, 0
        run_ending_at = {}
        for i in range(alo, ahi):
            runs = {}
            for j in b2j.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = runs[j] = run_ending_at.get(j - 1, 0) + 1
                if k > best_size:
                    best_i, best_j, best_size = i - k + 1, j - k + 1, k
            run_ending_at = runs
        # grow the match over equal neighbours: first non-junk ones, then junk ones
        junk = self.bjunk.__contains__
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo and junk(b[best_j - 1]) == want_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i, best_j, best_size = best_i - 1, best_j - 1, best_size + 1
            while (best_i + best_size < ahi and best_j + best_size < bhi
                   and junk(b[best_j + best_size]) == want_junk
                   and a[best_i + best_size] == b[best_j + best_size]):
                best_size += 1
        return Match(best_i, best_j, best_size)

    def get_matching_blocks(self):
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        found = []
        pending = [(0, la, 0, lb)]
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            i, j, k = match = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                found.append(match)
                if alo < i and blo < j:
                    pending.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    pending.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        i1 = j1 = k1 = 0
        for i2, j2, k2 in found:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
                continue
            if k1:
                merged.append((i1, j1, k1))
            i1, j1, k1 = i2, j2, k2
        if k1:
            merged.append((i1, j1, k1))
        merged.append((la, lb, 0))
        self.matching_blocks = [Match._make(block) for block in merged]
        return self.matching_blocks

    def get_opcodes(self):
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        self.opcodes = codes = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai and j < bj:
                codes.append(('replace', i, ai, j, bj))
            elif i < ai:
                codes.append(('delete', i, ai, j, bj))
            elif j < bj:
                codes.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                codes.append(('equal', ai, i, bj, j))
        return codes

    def get_grouped_opcodes(self, n=3):
        codes = list(self.get_opcodes()) or [("equal", 0, 1, 0, 1)]
        tag, i1, i2, j1, j2 = codes[0]
        if tag == 'equal':
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        tag, i1, i2, j1, j2 = codes[-1]
        if tag == 'equal':
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > 2 * n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        matches = sum(block.size for block in self.get_matching_blocks())
        return _ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        if self.fullbcount is None:
            self.fullbcount = counts = {}
            for item in self.b:
                counts[item] = counts.get(item, 0) + 1
        left = {}
        matches = 0
        for item in self.a:
            remaining = left.get(item)
            if remaining is None:
                remaining = self.fullbcount.get(item, 0)
            left[item] = remaining - 1
            if remaining > 0:
                matches += 1
        return _ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)

    __class_getitem__ = classmethod(lambda cls, item: cls)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if (matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff
                and matcher.ratio() >= cutoff):
            scored.append((matcher.ratio(), candidate))
    scored.sort(reverse=True)
    return [candidate for score, candidate in scored[:n]]


def IS_LINE_JUNK(line, pat=None):
    if pat is not None:
        return pat(line) is not None
    stripped = line.strip()
    return stripped == '' or stripped == '#'


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    return ch in ws


def _guide(line, tags):
    """A '?' guide line's marks, keeping the line's own whitespace under unchanged characters."""
    marks = ''.join(c if t == ' ' and c.isspace() else t for c, t in zip(line, tags))
    return marks.rstrip()


class Differ:
    """Human-readable deltas of two lists of lines: '- ', '+ ', '  ' and '? ' guide lines."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'replace':
                yield from self._similar_lines(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from _prefixed('-', a, alo, ahi)
            elif tag == 'insert':
                yield from _prefixed('+', b, blo, bhi)
            else:
                yield from _prefixed(' ', a, alo, ahi)

    def _similar_lines(self, a, alo, ahi, b, blo, bhi):
        """A replaced block: pairs its most similar lines (ratio >= 0.75) with intraline guides."""
        pair, exact = self._best_pair(a, alo, ahi, b, blo, bhi)
        if pair is None:
            if bhi - blo < ahi - alo:
                yield from _prefixed('+', b, blo, bhi)
                yield from _prefixed('-', a, alo, ahi)
            else:
                yield from _prefixed('-', a, alo, ahi)
                yield from _prefixed('+', b, blo, bhi)
            return
        best_i, best_j = pair
        yield from self._between(a, alo, best_i, b, blo, best_j)
        aline, bline = a[best_i], b[best_j]
        if exact:
            yield '  ' + aline
        else:
            yield from self._marked_pair(aline, bline)
        yield from self._between(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _best_pair(self, a, alo, ahi, b, blo, bhi):
        best_ratio, cutoff = 0.74, 0.75
        best = None
        first_equal = None
        matcher = SequenceMatcher(self.charjunk)
        for j in range(blo, bhi):
            bline = b[j]
            matcher.set_seq2(bline)
            for i in range(alo, ahi):
                aline = a[i]
                if aline == bline:
                    if first_equal is None:
                        first_equal = i, j
                    continue
                matcher.set_seq1(aline)
                if (matcher.real_quick_ratio() > best_ratio and matcher.quick_ratio() > best_ratio
                        and matcher.ratio() > best_ratio):
                    best_ratio, best = matcher.ratio(), (i, j)
        if best_ratio < cutoff:
            return first_equal, True
        return best, False

    def _marked_pair(self, aline, bline):
        atags = btags = ''
        matcher = SequenceMatcher(self.charjunk, aline, bline)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            la, lb = i2 - i1, j2 - j1
            if tag == 'replace':
                atags += '^' * la
                btags += '^' * lb
            elif tag == 'delete':
                atags += '-' * la
            elif tag == 'insert':
                btags += '+' * lb
            else:
                atags += ' ' * la
                btags += ' ' * lb
        atags = _guide(aline, atags)
        btags = _guide(bline, btags)
        yield '- ' + aline
        if atags:
            yield '? %s\n' % atags
        yield '+ ' + bline
        if btags:
            yield '? %s\n' % btags

    def _between(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._similar_lines(a, alo, ahi, b, blo, bhi)
            else:
                yield from _prefixed('-', a, alo, ahi)
        elif blo < bhi:
            yield from _prefixed('+', b, blo, bhi)


def _prefixed(tag, lines, lo, hi):
    for i in range(lo, hi):
        yield '%s %s' % (tag, lines[i])


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    try:
        tag = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
    for line in delta:
        if line[:2] in (tag, "  "):
            yield line[2:]


def _unified_range(start, stop):
    first = start + 1
    length = stop - start
    if length == 1:
        return '%d' % first
    if not length:
        first -= 1
    return '%d,%d' % (first, length)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield '--- %s%s%s' % (fromfile, '\t' + fromfiledate if fromfiledate else '', lineterm)
            yield '+++ %s%s%s' % (tofile, '\t' + tofiledate if tofiledate else '', lineterm)
        first, last = group[0], group[-1]
        yield '@@ -%s +%s @@%s' % (_unified_range(first[1], last[2]), _unified_range(first[3], last[4]), lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag in ('replace', 'delete'):
                for line in a[i1:i2]:
                    yield '-' + line
            if tag in ('replace', 'insert'):
                for line in b[j1:j2]:
                    yield '+' + line
