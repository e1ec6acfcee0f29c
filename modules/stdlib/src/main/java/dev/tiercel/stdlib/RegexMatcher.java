package dev.tiercel.stdlib;

import dev.tiercel.stdlib.RegexNode.Repeat;
import java.util.Arrays;
import java.util.List;

/**
 * A backtracking matcher for {@link RegexNode} trees with the results CPython's engine gives: the first match in
 * backtracking order, captures from the last iteration that set them, {@code lastindex} as the group closed last,
 * and Python's rule that a repeat stops iterating after an iteration that matched the empty string. Works on code
 * points; positions are code-point offsets.
 */
final class RegexMatcher {
    /** What to match after a node: the continuation of the pattern. */
    @FunctionalInterface
    private interface Next {
        boolean at(int pos);
    }

    private final RegexNode root;
    private final int[] s;
    private final int limit;
    final int[] starts;
    final int[] ends;
    int lastIndex = -1;
    private int matchEnd;

    /** The code points a match can start with, or null when any position must be tried. */
    private final java.util.function.IntPredicate first;

    RegexMatcher(RegexNode root, int groups, int[] subject, int endpos, java.util.function.IntPredicate first) {
        this.root = root;
        this.first = first;
        this.s = subject;
        this.limit = endpos;
        this.starts = new int[groups + 1];
        this.ends = new int[groups + 1];
    }

    /**
     * Tries a match starting exactly at {@code start}; {@code toEnd} requires it to end at the limit (fullmatch),
     * {@code nonEmpty} requires it to be non-empty (the search after an empty match).
     */
    boolean matchAt(int start, boolean toEnd, boolean nonEmpty) {
        Arrays.fill(starts, -1);
        Arrays.fill(ends, -1);
        lastIndex = -1;
        boolean ok = match(root, start, q -> {
            if ((toEnd && q != limit) || (nonEmpty && q == start)) {
                return false;
            }
            matchEnd = q;
            return true;
        });
        if (ok) {
            starts[0] = start;
            ends[0] = matchEnd;
        }
        return ok;
    }

    /** Searches from {@code from}; after an empty match there, the match at {@code from} must be non-empty. */
    boolean search(int from, boolean afterEmpty) {
        for (int st = from; st <= limit; st++) {
            if (first != null && (st == limit || !first.test(s[st]))) {
                continue;
            }
            if (matchAt(st, false, afterEmpty && st == from)) {
                return true;
            }
        }
        return false;
    }

    private boolean match(RegexNode n, int pos, Next k) {
        return switch (n) {
            case RegexNode.Literal l -> pos < limit && same(s[pos], l.cp(), l.ignoreCase(), l.ascii()) && k.at(pos + 1);
            case RegexNode.Any a -> pos < limit && (a.dotAll() || s[pos] != '\n') && k.at(pos + 1);
            case RegexNode.CharSet c -> pos < limit && c.set().matches(s[pos], c.ignoreCase(), c.ascii())
                    && k.at(pos + 1);
            case RegexNode.Anchor a -> anchor(a, pos) && k.at(pos);
            case RegexNode.Empty e -> k.at(pos);
            case RegexNode.Concat c -> sequence(c.items(), 0, pos, k);
            case RegexNode.Alternation a -> alternatives(a.branches(), pos, k);
            case RegexNode.Group g -> group(g, pos, k);
            case RegexNode.Repeat r -> single(r.body()) ? repeatSingle(r, pos, k) : repeat(r, pos, k);
            case RegexNode.Backref b -> backref(b, pos, k);
            case RegexNode.Look l -> look(l, pos, k);
            case RegexNode.Atomic a -> once(a.body(), pos, k);
            case RegexNode.Conditional c -> match(ends[c.group()] >= 0 ? c.yes() : c.no(), pos, k);
        };
    }

    private boolean sequence(List<RegexNode> items, int index, int pos, Next k) {
        if (index == items.size()) {
            return k.at(pos);
        }
        return match(items.get(index), pos, q -> sequence(items, index + 1, q, k));
    }

    private boolean alternatives(List<RegexNode> branches, int pos, Next k) {
        for (RegexNode b : branches) {
            if (match(b, pos, k)) {
                return true;
            }
        }
        return false;
    }

    private boolean group(RegexNode.Group g, int pos, Next k) {
        int idx = g.index();
        return match(g.body(), pos, q -> {
            int oldStart = starts[idx];
            int oldEnd = ends[idx];
            int oldLast = lastIndex;
            starts[idx] = pos;
            ends[idx] = q;
            lastIndex = idx;
            if (k.at(q)) {
                return true;
            }
            starts[idx] = oldStart;
            ends[idx] = oldEnd;
            lastIndex = oldLast;
            return false;
        });
    }

    // ---- repeats --------------------------------------------------------------------------------------------------

    private static boolean single(RegexNode n) {
        return n instanceof RegexNode.Literal || n instanceof RegexNode.Any || n instanceof RegexNode.CharSet;
    }

    /** Whether a one-character node matches the code point at {@code pos}. */
    private boolean one(RegexNode n, int pos) {
        if (pos >= limit) {
            return false;
        }
        return switch (n) {
            case RegexNode.Literal l -> same(s[pos], l.cp(), l.ignoreCase(), l.ascii());
            case RegexNode.Any a -> a.dotAll() || s[pos] != '\n';
            case RegexNode.CharSet c -> c.set().matches(s[pos], c.ignoreCase(), c.ascii());
            default -> false;
        };
    }

    /** A repeat of one character: count how far it can go, then hand positions to the rest in repeat order. */
    private boolean repeatSingle(Repeat r, int pos, Next k) {
        int max = r.max() < 0 ? Integer.MAX_VALUE : r.max();
        if (r.mode() == Repeat.Mode.LAZY) {
            int n = 0;
            while (n < r.min()) {
                if (!one(r.body(), pos + n)) {
                    return false;
                }
                n++;
            }
            while (true) {
                if (k.at(pos + n)) {
                    return true;
                }
                if (n >= max || !one(r.body(), pos + n)) {
                    return false;
                }
                n++;
            }
        }
        int n = 0;
        while (n < max && one(r.body(), pos + n)) {
            n++;
        }
        if (n < r.min()) {
            return false;
        }
        if (r.mode() == Repeat.Mode.POSSESSIVE) {
            return k.at(pos + n);
        }
        for (int j = n; j >= r.min(); j--) {
            if (k.at(pos + j)) {
                return true;
            }
        }
        return false;
    }

    private boolean repeat(Repeat r, int pos, Next k) {
        return switch (r.mode()) {
            case GREEDY -> greedy(r, 0, pos, -1, k);
            case LAZY -> lazy(r, 0, pos, -1, k);
            case POSSESSIVE -> once(new Repeat(r.body(), r.min(), r.max(), Repeat.Mode.GREEDY), pos, k);
        };
    }

    /** {@code done} iterations so far ending at {@code pos}; {@code last} is where the previous optional one began. */
    private boolean greedy(Repeat r, int done, int pos, int last, Next k) {
        if (done < r.min()) {
            return match(r.body(), pos, q -> greedy(r, done + 1, q, last, k));
        }
        if ((r.max() < 0 || done < r.max()) && pos != last
                && match(r.body(), pos, q -> greedy(r, done + 1, q, pos, k))) {
            return true;
        }
        return k.at(pos);
    }

    private boolean lazy(Repeat r, int done, int pos, int last, Next k) {
        if (done < r.min()) {
            return match(r.body(), pos, q -> lazy(r, done + 1, q, last, k));
        }
        if (k.at(pos)) {
            return true;
        }
        if ((r.max() >= 0 && done >= r.max()) || pos == last) {
            return false;
        }
        return match(r.body(), pos, q -> lazy(r, done + 1, q, pos, k));
    }

    /** Matches {@code body} once, keeping its first solution: no backtracking into it (atomic, possessive). */
    private boolean once(RegexNode body, int pos, Next k) {
        int[] savedStarts = starts.clone();
        int[] savedEnds = ends.clone();
        int savedLast = lastIndex;
        int[] end = {-1};
        if (!match(body, pos, q -> {
            end[0] = q;
            return true;
        })) {
            return false;
        }
        if (k.at(end[0])) {
            return true;
        }
        restore(savedStarts, savedEnds, savedLast);
        return false;
    }

    private void restore(int[] savedStarts, int[] savedEnds, int savedLast) {
        System.arraycopy(savedStarts, 0, starts, 0, starts.length);
        System.arraycopy(savedEnds, 0, ends, 0, ends.length);
        lastIndex = savedLast;
    }

    // ---- the rest -------------------------------------------------------------------------------------------------

    private boolean backref(RegexNode.Backref b, int pos, Next k) {
        int g = b.group();
        if (ends[g] < 0) {
            return false;
        }
        int len = ends[g] - starts[g];
        if (pos + len > limit) {
            return false;
        }
        for (int j = 0; j < len; j++) {
            if (!same(s[pos + j], s[starts[g] + j], b.ignoreCase(), b.ascii())) {
                return false;
            }
        }
        return k.at(pos + len);
    }

    private boolean look(RegexNode.Look l, int pos, Next k) {
        int from = pos;
        if (l.behind()) {
            from = pos - l.width();
            if (from < 0) {
                return l.negate() && k.at(pos);
            }
        }
        int[] savedStarts = starts.clone();
        int[] savedEnds = ends.clone();
        int savedLast = lastIndex;
        boolean found = match(l.body(), from, q -> !l.behind() || q == pos);
        if (l.negate()) {
            restore(savedStarts, savedEnds, savedLast);
            return !found && k.at(pos);
        }
        if (found && k.at(pos)) {
            return true;
        }
        restore(savedStarts, savedEnds, savedLast);
        return false;
    }

    private boolean anchor(RegexNode.Anchor a, int pos) {
        return switch (a.kind()) {
            case LINE_START -> pos == 0 || (a.multiline() && pos <= s.length && s[pos - 1] == '\n');
            case LINE_END -> pos == limit || (pos < limit && s[pos] == '\n' && (a.multiline() || pos == limit - 1));
            case TEXT_START -> pos == 0;
            case TEXT_END -> pos == limit;
            case WORD_BOUNDARY -> limit > 0 && wordBefore(pos, a.ascii()) != wordAt(pos, a.ascii());
            case NOT_WORD_BOUNDARY -> limit > 0 && wordBefore(pos, a.ascii()) == wordAt(pos, a.ascii());
        };
    }

    private boolean wordBefore(int pos, boolean ascii) {
        return pos > 0 && CharClasses.isWord(s[pos - 1], ascii);
    }

    private boolean wordAt(int pos, boolean ascii) {
        return pos < limit && CharClasses.isWord(s[pos], ascii);
    }

    private static boolean same(int c, int want, boolean ignoreCase, boolean ascii) {
        return c == want || (ignoreCase && CharClasses.equalsIgnoreCase(c, want, ascii));
    }
}
