package dev.tiercel.stdlib;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's character classes for str patterns: {@code \d} is a Unicode decimal digit, {@code \w} what
 * {@code str.isalnum()} accepts plus {@code _}, {@code \s} what {@code str.isspace()} accepts; with re.ASCII
 * only their ASCII members. Also the case folding used by re.IGNORECASE.
 */
final class CharClasses {
    private CharClasses() {}

    enum Category { DIGIT, NOT_DIGIT, WORD, NOT_WORD, SPACE, NOT_SPACE }

    static boolean isDigit(int c, boolean ascii) {
        return ascii ? c >= '0' && c <= '9' : Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    static boolean isWord(int c, boolean ascii) {
        if (ascii) {
            return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
        }
        if (c == '_' || Character.isLetter(c)) {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    static boolean isSpace(int c, boolean ascii) {
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
            return true;
        }
        if (ascii) {
            return false;
        }
        return (c >= 0x1c && c <= 0x1f) || c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a)
                || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    static boolean inCategory(Category k, int c, boolean ascii) {
        return switch (k) {
            case DIGIT -> isDigit(c, ascii);
            case NOT_DIGIT -> !isDigit(c, ascii);
            case WORD -> isWord(c, ascii);
            case NOT_WORD -> !isWord(c, ascii);
            case SPACE -> isSpace(c, ascii);
            case NOT_SPACE -> !isSpace(c, ascii);
        };
    }

    /** The forms a code point takes under IGNORECASE: itself, its lower and upper case, and their lower case. */
    static int[] caseVariants(int c, boolean ascii) {
        if (ascii) {
            if (c < 128 && Character.isLetter(c)) {
                return new int[] {c, Character.toLowerCase(c), Character.toUpperCase(c)};
            }
            return new int[] {c};
        }
        int lower = Character.toLowerCase(c);
        int upper = Character.toUpperCase(c);
        return new int[] {c, lower, upper, Character.toLowerCase(upper), Character.toUpperCase(lower)};
    }

    /** Whether two code points are equal once case is ignored. */
    static boolean equalsIgnoreCase(int a, int b, boolean ascii) {
        if (a == b) {
            return true;
        }
        if (ascii) {
            return a < 128 && b < 128 && Character.toLowerCase(a) == Character.toLowerCase(b);
        }
        return fold(a) == fold(b);
    }

    private static int fold(int c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** A parsed {@code [...]}: ranges and categories, possibly negated. */
    static final class Set {
        private final List<int[]> ranges = new ArrayList<>();
        private final List<Category> categories = new ArrayList<>();
        final boolean negate;

        Set(boolean negate) {
            this.negate = negate;
        }

        static Set of(Category k) {
            Set s = new Set(false);
            s.categories.add(k);
            return s;
        }

        void addRange(int lo, int hi) {
            ranges.add(new int[] {lo, hi});
        }

        void addCategory(Category k) {
            categories.add(k);
        }

        boolean matches(int c, boolean ignoreCase, boolean ascii) {
            boolean found = ignoreCase ? containsAnyCase(c, ascii) : contains(c, ascii);
            return found != negate;
        }

        private boolean containsAnyCase(int c, boolean ascii) {
            for (int v : caseVariants(c, ascii)) {
                if (contains(v, ascii)) {
                    return true;
                }
            }
            return false;
        }

        /** Membership of the ASCII code points, computed at first use (the set is complete by then); per flag. */
        private volatile long[] asciiMembers;
        private volatile long[] asciiMembersAsciiFlag;

        private boolean contains(int c, boolean ascii) {
            if (c < 128) {
                long[] bits = ascii ? asciiMembersAsciiFlag : asciiMembers;
                if (bits == null) {
                    bits = new long[2];
                    for (int x = 0; x < 128; x++) {
                        if (scan(x, ascii)) {
                            bits[x >> 6] |= 1L << (x & 63);
                        }
                    }
                    if (ascii) {
                        asciiMembersAsciiFlag = bits;
                    } else {
                        asciiMembers = bits;
                    }
                }
                return (bits[c >> 6] & (1L << (c & 63))) != 0;
            }
            return scan(c, ascii);
        }

        private boolean scan(int c, boolean ascii) {
            for (int[] r : ranges) {
                if (c >= r[0] && c <= r[1]) {
                    return true;
                }
            }
            for (Category k : categories) {
                if (inCategory(k, c, ascii)) {
                    return true;
                }
            }
            return false;
        }
    }
}
