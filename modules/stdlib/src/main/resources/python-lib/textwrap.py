"""Text wrapping and filling, plus dedent(), indent() and shorten()."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only these ASCII characters count as whitespace when wrapping (not e.g. U+00A0).
_whitespace = '\t\n\x0b\x0c\r '


def _is_word(ch):
    return ch.isalnum() or ch == '_'


def _is_letter(ch):
    return _is_word(ch) and not ch.isdecimal()


def _is_word_punct(ch):
    return _is_word(ch) or ch in '!"\'&.,?'


def _split_words(text, on_hyphens):
    """Break text into whitespace runs and words; words may also break after hyphens."""
    chunks = []
    n = len(text)
    pos = 0
    while pos < n:
        start = pos
        if text[pos] in _whitespace:
            while pos < n and text[pos] in _whitespace:
                pos += 1
            chunks.append(text[start:pos])
            continue
        if not on_hyphens:
            while pos < n and text[pos] not in _whitespace:
                pos += 1
            chunks.append(text[start:pos])
            continue
        dashes = _em_dash_end(text, pos)
        if dashes:
            chunks.append(text[start:dashes])
            pos = dashes
            continue
        pos = _word_end(text, start)
        chunks.append(text[start:pos])
    return chunks


def _em_dash_end(text, pos):
    """End of a run of two or more dashes at pos between word characters, or 0."""
    n = len(text)
    if pos == 0 or not _is_word_punct(text[pos - 1]):
        return 0
    end = pos
    while end < n and text[end] == '-':
        end += 1
    if end - pos >= 2 and end < n and _is_word(text[end]):
        return end
    return 0


def _letter_at(text, index):
    return 0 <= index < len(text) and _is_letter(text[index])


def _word_end(text, start):
    """Where the word chunk starting at start ends (it always holds at least one character)."""
    n = len(text)
    p = start + 1
    while True:
        # A hyphen that joins letters ends the chunk just after the hyphen.
        if p < n and text[p] == '-':
            before = ((_letter_at(text, p - 2) and _letter_at(text, p - 1)) or
                      (_letter_at(text, p - 3) and p - 2 >= 0 and text[p - 2] == '-'
                       and _letter_at(text, p - 1)))
            after = _letter_at(text, p + 1) and (
                _letter_at(text, p + 2) or
                (p + 2 < n and text[p + 2] == '-' and _letter_at(text, p + 3)))
            if before and after:
                return p + 1
        if p >= n or text[p] in _whitespace:
            return p
        # An em-dash ahead ends the word before it.
        if _is_word_punct(text[p - 1]) and text[p] == '-':
            end = p
            while end < n and text[end] == '-':
                end += 1
            if end - p >= 2 and end < n and _is_word(text[end]):
                return p
        p += 1


def _ends_sentence(chunk):
    """True for chunks like 'end.' or 'this?"': a lowercase letter, then . ! or ?, then maybe a quote."""
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Wraps paragraphs of text to a width; wrap() and fill() are the public entry points."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *,
                 max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expand tabs and turn every other whitespace character into a space, as configured."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text into indivisible chunks: words and runs of whitespace."""
        return [chunk for chunk in _split_words(text, self.break_on_hyphens) if chunk]

    def _fix_sentence_endings(self, chunks):
        """Make sure that sentence-ending punctuation is followed by two spaces."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _cut_long_chunk(self, chunk, space_left):
        """Where to cut a chunk that fits on no line: at the space left, or after a hyphen before it."""
        cut = space_left
        if self.break_on_hyphens and len(chunk) > space_left:
            hyphen = chunk.rfind('-', 0, space_left)
            # Only a hyphen that follows something other than dashes is a good place.
            if hyphen > 0 and chunk[:hyphen].strip('-'):
                cut = hyphen + 1
        return cut

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Put (part of) the over-long chunk at reversed_chunks[-1] on the current line."""
        chunk = reversed_chunks[-1]
        if self.break_long_words:
            cut = self._cut_long_chunk(chunk, 1 if width < 1 else width - cur_len)
            cur_line.append(chunk[:cut])
            reversed_chunks[-1] = chunk[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _check_limits(self):
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')

    def _wrap_chunks(self, chunks):
        """Lay the chunks out into lines no longer than self.width."""
        self._check_limits()
        lines = []
        todo = chunks[::-1]     # the next chunk is last, so taking one is a pop()
        while todo:
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(prefix)
            if lines and self.drop_whitespace and not todo[-1].strip():
                todo.pop()      # a line never starts with whitespace, except the first
            pieces = self._take_pieces(todo, room)
            if not pieces:
                continue
            if self._line_allowed(lines, todo, pieces, room):
                lines.append(prefix + ''.join(pieces))
                continue
            self._end_with_placeholder(lines, pieces, prefix, room)
            break
        return lines

    def _take_pieces(self, todo, room):
        """The chunks (or cut parts) that make up one line; trailing whitespace dropped if configured."""
        pieces = []
        used = 0
        while todo and used + len(todo[-1]) <= room:
            used += len(todo[-1])
            pieces.append(todo.pop())
        if todo and len(todo[-1]) > room:
            self._handle_long_word(todo, pieces, used, room)
        if self.drop_whitespace and pieces and not pieces[-1].strip():
            pieces.pop()
        return pieces

    def _line_allowed(self, lines, todo, pieces, room):
        """Whether this line may be added as it is under max_lines."""
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        nothing_left = not todo or (self.drop_whitespace and len(todo) == 1 and not todo[0].strip())
        return nothing_left and sum(map(len, pieces)) <= room

    def _end_with_placeholder(self, lines, pieces, prefix, room):
        """The last allowed line: as many pieces as fit before the placeholder."""
        while pieces:
            used = sum(map(len, pieces))
            if pieces[-1].strip() and used + len(self.placeholder) <= room:
                lines.append(prefix + ''.join(pieces) + self.placeholder)
                return
            pieces.pop()
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(self.placeholder) <= self.width:
                lines[-1] = previous + self.placeholder
                return
        lines.append(prefix + self.placeholder.lstrip())

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """Wrap a single paragraph of text into a list of lines without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap a single paragraph of text and return it as one string."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace from every line in text."""
    lines = text.split('\n')
    # Lines of only spaces and tabs are emptied; they do not count for the margin.
    for index, line in enumerate(lines):
        if line and not line.strip(' \t'):
            lines[index] = ''
    margin = None
    for line in lines:
        stripped = line.lstrip(' \t')
        if not stripped:
            continue
        leading = line[:len(line) - len(stripped)]
        if margin is None:
            margin = leading
        elif leading.startswith(margin):
            pass
        elif margin.startswith(leading):
            margin = leading
        else:
            common = 0
            for a, b in zip(margin, leading):
                if a != b:
                    break
                common += 1
            margin = margin[:common]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the beginning of selected lines in text (by default, the non-blank ones)."""
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
