package dev.tiercel.stdlib;

import dev.tiercel.stdlib.CharClasses.Category;
import dev.tiercel.stdlib.RegexNode.Anchor;
import dev.tiercel.stdlib.RegexNode.Repeat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses Python's regular-expression syntax (str patterns) into {@link RegexNode}s, with the errors Python's
 * parser reports. Positions are code-point offsets into the pattern.
 */
final class RegexParser {
    static final int IGNORECASE = 2, LOCALE = 4, MULTILINE = 8, DOTALL = 16, UNICODE = 32, VERBOSE = 64, ASCII = 256;

    /** A syntax error at a position of the pattern. */
    static final class Error extends RuntimeException {
        final int pos;

        Error(String msg, int pos) {
            super(msg, null, false, false);
            this.pos = pos;
        }
    }

    /** The result: the tree, the number of groups and their names, and the flags in force. */
    record Parsed(RegexNode root, int groups, Map<String, Integer> names, int flags) {}

    private final int[] p;
    private int i;
    private int flags;
    private int groupCount;
    private final Map<String, Integer> names = new LinkedHashMap<>();
    private final List<Integer> openGroups = new ArrayList<>();

    private RegexParser(String pattern, int flags) {
        this.p = pattern.codePoints().toArray();
        this.flags = flags;
    }

    static Parsed parse(String pattern, int flags) {
        RegexParser parser = new RegexParser(pattern, flags);
        parser.readGlobalFlags();
        RegexNode root = parser.alternation();
        if (parser.i < parser.p.length) {
            throw new Error("unbalanced parenthesis", parser.i);
        }
        return new Parsed(root, parser.groupCount, parser.names, parser.flags);
    }

    // ---- flags ------------------------------------------------------------------------------------------------

    /** Inline flags at the very start, {@code (?aiLmsux)}, apply to the whole pattern (VERBOSE changes parsing). */
    private void readGlobalFlags() {
        int save = i;
        while (i + 2 < p.length && p[i] == '(' && p[i + 1] == '?' && isFlagLetter(p[i + 2])) {
            int j = i + 2;
            int add = 0;
            while (j < p.length && isFlagLetter(p[j])) {
                add |= flagBit(p[j++]);
            }
            if (j >= p.length || p[j] != ')') {
                break;
            }
            flags |= add;
            i = j + 1;
        }
        i = save; // the flag groups are parsed again as empty nodes
    }

    private static boolean isFlagLetter(int c) {
        return "aiLmsux".indexOf(c) >= 0;
    }

    private static int flagBit(int c) {
        return switch (c) {
            case 'a' -> ASCII;
            case 'i' -> IGNORECASE;
            case 'L' -> LOCALE;
            case 'm' -> MULTILINE;
            case 's' -> DOTALL;
            case 'u' -> UNICODE;
            default -> VERBOSE;
        };
    }

    private boolean has(int flag) {
        return (flags & flag) != 0;
    }

    // ---- structure ----------------------------------------------------------------------------------------------

    private RegexNode alternation() {
        List<RegexNode> branches = new ArrayList<>();
        branches.add(sequence());
        while (i < p.length && p[i] == '|') {
            i++;
            branches.add(sequence());
        }
        return branches.size() == 1 ? branches.get(0) : new RegexNode.Alternation(branches);
    }

    private RegexNode sequence() {
        List<RegexNode> items = new ArrayList<>();
        while (true) {
            skipVerbose();
            if (i >= p.length || p[i] == '|' || p[i] == ')') {
                break;
            }
            int start = i;
            RegexNode atom = atom();
            if (atom == null) {
                continue;
            }
            items.add(quantified(atom, start));
        }
        return items.size() == 1 ? items.get(0) : items.isEmpty() ? new RegexNode.Empty()
                : new RegexNode.Concat(items);
    }

    private void skipVerbose() {
        if (!has(VERBOSE)) {
            return;
        }
        while (i < p.length) {
            if (Character.isWhitespace(p[i])) {
                i++;
            } else if (p[i] == '#') {
                while (i < p.length && p[i] != '\n') {
                    i++;
                }
            } else {
                break;
            }
        }
    }

    /** Applies the quantifiers that follow an atom. */
    private RegexNode quantified(RegexNode atom, int atomStart) {
        skipVerbose();
        int qStart = i;
        int[] bounds = quantifier();
        if (bounds == null) {
            return atom;
        }
        if (atom instanceof Anchor) {
            throw new Error("nothing to repeat", qStart);
        }
        Repeat.Mode mode = Repeat.Mode.GREEDY;
        if (i < p.length && p[i] == '?') {
            mode = Repeat.Mode.LAZY;
            i++;
        } else if (i < p.length && p[i] == '+') {
            mode = Repeat.Mode.POSSESSIVE;
            i++;
        }
        skipVerbose();
        int save = i;
        if (quantifier() != null) {
            throw new Error("multiple repeat", save);
        }
        return new Repeat(atom, bounds[0], bounds[1], mode);
    }

    /** Reads {@code * + ? {m,n}}; null (and nothing consumed) when none is there. */
    private int[] quantifier() {
        if (i >= p.length) {
            return null;
        }
        switch (p[i]) {
            case '*' -> {
                i++;
                return new int[] {0, -1};
            }
            case '+' -> {
                i++;
                return new int[] {1, -1};
            }
            case '?' -> {
                i++;
                return new int[] {0, 1};
            }
            case '{' -> {
                return braces();
            }
            default -> {
                return null;
            }
        }
    }

    /** {@code {m}}, {@code {m,}}, {@code {,n}}, {@code {m,n}}; anything else leaves the brace a literal. */
    private int[] braces() {
        int j = i + 1;
        int lo = j;
        while (j < p.length && Character.isDigit(p[j])) {
            j++;
        }
        String min = new String(p, lo, j - lo);
        String max = min;
        if (j < p.length && p[j] == ',') {
            int hi = ++j;
            while (j < p.length && Character.isDigit(p[j])) {
                j++;
            }
            max = new String(p, hi, j - hi);
        }
        if (j >= p.length || p[j] != '}') {
            return null;
        }
        int minV = min.isEmpty() ? 0 : parseCount(min, lo);
        int maxV = max.isEmpty() ? -1 : parseCount(max, lo);
        if (maxV >= 0 && maxV < minV) {
            throw new Error("min repeat greater than max repeat", lo);
        }
        i = j + 1;
        return new int[] {minV, maxV};
    }

    private static int parseCount(String digits, int at) {
        try {
            int v = Integer.parseInt(digits);
            if (v >= 0xFFFFFFFF >>> 1) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new Error("the repetition number is too large", at);
        }
    }

    /** One atom, or null for a construct that matches nothing and is dropped (a comment, a global flag group). */
    private RegexNode atom() {
        int c = p[i];
        switch (c) {
            case '(' -> {
                return group();
            }
            case '[' -> {
                return charSet();
            }
            case '.' -> {
                i++;
                return new RegexNode.Any(has(DOTALL));
            }
            case '^' -> {
                i++;
                return anchor(Anchor.Kind.LINE_START);
            }
            case '$' -> {
                i++;
                return anchor(Anchor.Kind.LINE_END);
            }
            case '\\' -> {
                return escape();
            }
            case '*', '+', '?' -> throw new Error("nothing to repeat", i);
            case '{' -> {
                int save = i;
                if (braces() != null) {
                    throw new Error("nothing to repeat", save);
                }
                i++;
                return literal('{');
            }
            default -> {
                i++;
                return literal(c);
            }
        }
    }

    private RegexNode literal(int c) {
        return new RegexNode.Literal(c, has(IGNORECASE), has(ASCII));
    }

    private Anchor anchor(Anchor.Kind kind) {
        return new Anchor(kind, has(MULTILINE), has(ASCII));
    }

    // ---- groups ---------------------------------------------------------------------------------------------------

    private RegexNode group() {
        int start = i;
        i++;
        if (i < p.length && p[i] == '?') {
            i++;
            if (i >= p.length) {
                throw new Error("unexpected end of pattern", i);
            }
            return extension(start);
        }
        return capture(start, null);
    }

    private RegexNode capture(int start, String name) {
        int index = ++groupCount;
        if (name != null) {
            names.put(name, index);
        }
        openGroups.add(index);
        RegexNode body = alternation();
        openGroups.remove(openGroups.size() - 1);
        close(start);
        return new RegexNode.Group(index, body);
    }

    private void close(int start) {
        if (i >= p.length || p[i] != ')') {
            throw new Error("missing ), unterminated subpattern", start);
        }
        i++;
    }

    private RegexNode extension(int start) {
        int c = p[i];
        switch (c) {
            case ':' -> {
                i++;
                RegexNode body = alternation();
                close(start);
                return body;
            }
            case 'P' -> {
                return pythonNamed(start);
            }
            case '#' -> {
                while (i < p.length && p[i] != ')') {
                    i++;
                }
                if (i >= p.length) {
                    throw new Error("missing ), unterminated comment", start);
                }
                i++;
                return null;
            }
            case '=', '!' -> {
                i++;
                RegexNode body = alternation();
                close(start);
                return new RegexNode.Look(false, c == '!', 0, body);
            }
            case '<' -> {
                if (i + 1 < p.length && (p[i + 1] == '=' || p[i + 1] == '!')) {
                    boolean negate = p[i + 1] == '!';
                    i += 2;
                    RegexNode body = alternation();
                    close(start);
                    int width = RegexWidth.fixed(body);
                    if (width < 0) {
                        throw new Error("look-behind requires fixed-width pattern", -1); // Python gives no position
                    }
                    return new RegexNode.Look(true, negate, width, body);
                }
                i++;
                return capture(start, groupName('>'));
            }
            case '>' -> {
                i++;
                RegexNode body = alternation();
                close(start);
                return new RegexNode.Atomic(body);
            }
            case '(' -> {
                return conditional(start);
            }
            default -> {
                if (isFlagLetter(c) || c == '-') {
                    return inlineFlags(start);
                }
                throw new Error("unknown extension ?" + new String(Character.toChars(c)), start + 1);
            }
        }
    }

    private RegexNode pythonNamed(int start) {
        i++;
        if (i < p.length && p[i] == '<') {
            i++;
            return capture(start, groupName('>'));
        }
        if (i < p.length && p[i] == '=') {
            i++;
            int at = i;
            String name = groupName(')');
            Integer g = names.get(name);
            if (g == null) {
                throw new Error("unknown group name '" + name + "'", at);
            }
            if (openGroups.contains(g)) {
                throw new Error("cannot refer to an open group", start);
            }
            return new RegexNode.Backref(g, has(IGNORECASE), has(ASCII));
        }
        throw new Error(i < p.length ? "unknown extension ?P" + new String(Character.toChars(p[i]))
                : "unexpected end of pattern", start + 1);
    }

    /** Reads a group name up to {@code end} (consumed) and checks it is an identifier. */
    private String groupName(int end) {
        int at = i;
        while (i < p.length && p[i] != end) {
            i++;
        }
        if (i >= p.length) {
            throw new Error("missing " + (char) end + ", unterminated name", at);
        }
        String name = new String(p, at, i - at);
        i++;
        if (name.isEmpty()) {
            throw new Error("missing group name", at);
        }
        if (!isIdentifier(name)) {
            throw new Error("bad character in group name '" + name + "'", at);
        }
        return name;
    }

    private static boolean isIdentifier(String s) {
        if (!Character.isUnicodeIdentifierStart(s.codePointAt(0)) && s.charAt(0) != '_') {
            return false;
        }
        return s.codePoints().allMatch(c -> Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
    }

    private RegexNode conditional(int start) {
        i++;
        int at = i;
        while (i < p.length && p[i] != ')') {
            i++;
        }
        if (i >= p.length) {
            throw new Error("missing ), unterminated name", at);
        }
        String ref = new String(p, at, i - at);
        i++;
        int group;
        if (!ref.isEmpty() && ref.chars().allMatch(Character::isDigit)) {
            group = Integer.parseInt(ref);
            if (group == 0) {
                throw new Error("bad group number", at);
            }
        } else {
            Integer g = names.get(ref);
            if (g == null) {
                throw new Error("unknown group name '" + ref + "'", at);
            }
            group = g;
        }
        RegexNode yes = sequence();
        RegexNode no = new RegexNode.Empty();
        if (i < p.length && p[i] == '|') {
            i++;
            no = sequence();
            if (i < p.length && p[i] == '|') {
                throw new Error("conditional backref with more than two branches", i);
            }
        }
        close(start);
        return new RegexNode.Conditional(group, yes, no);
    }

    /** {@code (?flags)} at the start, or {@code (?flags-flags:...)} scoped to a group. */
    private RegexNode inlineFlags(int start) {
        int add = 0;
        int remove = 0;
        while (i < p.length && isFlagLetter(p[i])) {
            add |= flagBit(p[i++]);
        }
        if (i < p.length && p[i] == '-') {
            i++;
            while (i < p.length && isFlagLetter(p[i])) {
                remove |= flagBit(p[i++]);
            }
            if (i >= p.length || p[i] != ':') {
                throw new Error(i < p.length ? "missing :" : "missing -, : or )", i);
            }
        }
        if (i >= p.length) {
            throw new Error("missing -, : or )", i);
        }
        if (p[i] == ')') {
            if (start != 0 && !onlyFlagGroupsBefore(start)) {
                throw new Error("global flags not at the start of the expression", start);
            }
            i++;
            flags |= add; // already applied by readGlobalFlags; kept for clarity
            return null;
        }
        if (p[i] != ':') {
            throw new Error("unknown flag", i);
        }
        i++;
        int saved = flags;
        flags = (flags | add) & ~remove;
        RegexNode body = alternation();
        flags = saved;
        close(start);
        return body;
    }

    private boolean onlyFlagGroupsBefore(int start) {
        int j = 0;
        while (j < start) {
            if (p[j] != '(' || j + 1 >= p.length || p[j + 1] != '?') {
                return false;
            }
            j += 2;
            while (j < p.length && isFlagLetter(p[j])) {
                j++;
            }
            if (j >= p.length || p[j] != ')') {
                return false;
            }
            j++;
        }
        return true;
    }

    // ---- escapes and sets -----------------------------------------------------------------------------------------

    private RegexNode escape() {
        int start = i;
        i++;
        if (i >= p.length) {
            throw new Error("bad escape (end of pattern)", start);
        }
        int c = p[i++];
        switch (c) {
            case 'A' -> {
                return anchor(Anchor.Kind.TEXT_START);
            }
            case 'Z' -> {
                return anchor(Anchor.Kind.TEXT_END);
            }
            case 'b' -> {
                return anchor(Anchor.Kind.WORD_BOUNDARY);
            }
            case 'B' -> {
                return anchor(Anchor.Kind.NOT_WORD_BOUNDARY);
            }
            case 'd', 'D', 'w', 'W', 's', 'S' -> {
                return new RegexNode.CharSet(CharClasses.Set.of(category(c)), false, has(ASCII));
            }
            default -> { }
        }
        if (c >= '1' && c <= '9') {
            return numberedEscape(c, start);
        }
        if (c == '0') {
            return literal(octal(0, 2));
        }
        return literal(plainEscape(c, start, false));
    }

    private static Category category(int c) {
        return switch (c) {
            case 'd' -> Category.DIGIT;
            case 'D' -> Category.NOT_DIGIT;
            case 'w' -> Category.WORD;
            case 'W' -> Category.NOT_WORD;
            case 's' -> Category.SPACE;
            default -> Category.NOT_SPACE;
        };
    }

    /** {@code \1}..{@code \99} as a back reference, or three octal digits as a character. */
    private RegexNode numberedEscape(int first, int start) {
        if (i + 1 < p.length && isOctal(first) && isOctal(p[i]) && isOctal(p[i + 1])) {
            int v = (first - '0') * 64 + (p[i] - '0') * 8 + (p[i + 1] - '0');
            if (v > 0377) {
                throw new Error("octal escape value \\" + new String(p, start + 1, 3) + " outside of range 0-0o377",
                        start);
            }
            i += 2;
            return literal(v);
        }
        int g = first - '0';
        if (i < p.length && Character.isDigit(p[i])) {
            g = g * 10 + (p[i++] - '0');
        }
        if (g > groupCount) {
            throw new Error("invalid group reference " + g, start + 1);
        }
        if (openGroups.contains(g)) {
            throw new Error("cannot refer to an open group", start);
        }
        return new RegexNode.Backref(g, has(IGNORECASE), has(ASCII));
    }

    private static boolean isOctal(int c) {
        return c >= '0' && c <= '7';
    }

    /** Up to {@code more} further octal digits after a first value. */
    private int octal(int value, int more) {
        for (int k = 0; k < more && i < p.length && isOctal(p[i]); k++) {
            value = value * 8 + (p[i++] - '0');
        }
        return value;
    }

    /** The character an escape stands for (not a class, anchor or reference). */
    private int plainEscape(int c, int start, boolean inSet) {
        switch (c) {
            case 'a':
                return 7;
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'v':
                return 0x0b;
            case 'x':
                return hex(2, start);
            case 'u':
                return hex(4, start);
            case 'U':
                int v = hex(8, start);
                if (v > 0x10FFFF) {
                    throw new Error("bad escape \\" + new String(p, start + 1, 9), start);
                }
                return v;
            case 'N':
                return named(start);
            default:
                if (c < 128 && Character.isLetterOrDigit(c)) {
                    throw new Error("bad escape \\" + (char) c, start);
                }
                return c;
        }
    }

    private int hex(int digits, int start) {
        int v = 0;
        for (int k = 0; k < digits; k++) {
            if (i >= p.length || Character.digit(p[i], 16) < 0) {
                throw new Error("incomplete escape \\" + new String(p, start + 1, i - start - 1), start);
            }
            v = v * 16 + Character.digit(p[i++], 16);
        }
        return v;
    }

    private int named(int start) {
        if (i >= p.length || p[i] != '{') {
            throw new Error("missing {", i);
        }
        int close = i;
        while (close < p.length && p[close] != '}') {
            close++;
        }
        if (close >= p.length) {
            throw new Error("missing }, unterminated name", i + 1);
        }
        String name = new String(p, i + 1, close - i - 1);
        try {
            int cp = Character.codePointOf(name);
            i = close + 1;
            return cp;
        } catch (IllegalArgumentException e) {
            throw new Error("undefined character name '" + name + "'", start);
        }
    }

    private RegexNode charSet() {
        int start = i;
        i++;
        boolean negate = i < p.length && p[i] == '^';
        if (negate) {
            i++;
        }
        CharClasses.Set set = new CharClasses.Set(negate);
        boolean first = true;
        while (true) {
            if (i >= p.length) {
                throw new Error("unterminated character set", start);
            }
            int c = p[i];
            if (c == ']' && !first) {
                i++;
                break;
            }
            first = false;
            int itemStart = i;
            int lo = setItem(set);
            if (lo < 0) {
                continue;
            }
            if (i + 1 < p.length && p[i] == '-' && p[i + 1] != ']') {
                i++;
                int hiStart = i;
                int hi = setItem(set);
                if (hi < 0) {
                    throw new Error("bad character range " + new String(p, itemStart, i - itemStart), itemStart);
                }
                if (hi < lo) {
                    throw new Error("bad character range " + new String(p, itemStart, i - itemStart), itemStart);
                }
                set.addRange(lo, hi);
                continue;
            }
            set.addRange(lo, lo);
        }
        return new RegexNode.CharSet(set, has(IGNORECASE), has(ASCII));
    }

    /** One member of a set: a character (returned) or a category escape (added, -1 returned). */
    private int setItem(CharClasses.Set set) {
        int c = p[i++];
        if (c != '\\') {
            return c;
        }
        if (i >= p.length) {
            throw new Error("unterminated character set", i - 1);
        }
        int start = i - 1;
        int e = p[i++];
        switch (e) {
            case 'd', 'D', 'w', 'W', 's', 'S' -> {
                set.addCategory(category(e));
                return -1;
            }
            case 'b' -> {
                return 8;
            }
            default -> { }
        }
        if (isOctal(e)) {
            return octal(e - '0', 2);
        }
        if (e == '8' || e == '9') {
            throw new Error("bad escape \\" + (char) e, start);
        }
        return plainEscape(e, start, true);
    }
}
