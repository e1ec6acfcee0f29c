package dev.tiercel.runtime.internal.builtins;

/** Unicode case operations and character classes of str as Python defines them (full case mappings). */
final class StrCase {
    private StrCase() {}

    static boolean isCased(int cp) {
        return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    /** The full titlecase mapping of one code point ("ß" gives "Ss", "ǆ" gives "ǅ"). */
    static String title(int cp) {
        if (Character.isTitleCase(cp)) {
            return new String(Character.toChars(cp));
        }
        int t = Character.toTitleCase(cp);
        if (t != cp) {
            return new String(Character.toChars(t));
        }
        String up = new String(Character.toChars(cp)).toUpperCase(java.util.Locale.ROOT);
        if (up.codePointCount(0, up.length()) > 1) {
            int first = up.codePointAt(0);
            return new String(Character.toChars(first)) + up.substring(Character.charCount(first))
                    .toLowerCase(java.util.Locale.ROOT);
        }
        return up;
    }

    static String lower(int cp) {
        return new String(Character.toChars(cp)).toLowerCase(java.util.Locale.ROOT);
    }

    static String upper(int cp) {
        return new String(Character.toChars(cp)).toUpperCase(java.util.Locale.ROOT);
    }

    static String title(String s) {
        StringBuilder sb = new StringBuilder();
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            sb.append(prevCased ? lower(cp) : title(cp));
            prevCased = isCased(cp);
        }
        return sb.toString();
    }

    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return title(first) + s.substring(Character.charCount(first)).toLowerCase(java.util.Locale.ROOT);
    }

    static String swapcase(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> sb.append(Character.isUpperCase(cp) ? lower(cp)
                : Character.isLowerCase(cp) ? upper(cp) : new String(Character.toChars(cp))));
        return sb.toString();
    }

    /** Full case folding, close to Unicode's: upper then lower maps "ß" to "ss" and final sigma to sigma. */
    static String casefold(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> sb.append(upper(cp).toLowerCase(java.util.Locale.ROOT)));
        return sb.toString();
    }

    static boolean istitle(String s) {
        boolean cased = false, prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                if (prevCased) {
                    return false;
                }
                prevCased = cased = true;
            } else if (Character.isLowerCase(cp)) {
                if (!prevCased) {
                    return false;
                }
                prevCased = cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    static boolean isupper(String s) {
        boolean cased = false;
        for (int cp : s.codePoints().toArray()) {
            if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) {
                return false;
            }
            cased |= Character.isUpperCase(cp);
        }
        return cased;
    }

    static boolean islower(String s) {
        boolean cased = false;
        for (int cp : s.codePoints().toArray()) {
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                return false;
            }
            cased |= Character.isLowerCase(cp);
        }
        return cased;
    }

    static boolean isDecimal(int cp) {
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
    }

    static boolean isDigit(int cp) {
        int v = Character.getNumericValue(cp);
        return isDecimal(cp) || (Character.getType(cp) == Character.OTHER_NUMBER && v >= 0 && v <= 9);
    }

    static boolean isNumeric(int cp) {
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER
                || (Character.isIdeographic(cp) && Character.getNumericValue(cp) >= 0);
    }

    static boolean isAlnum(int cp) {
        return Character.isLetter(cp) || isDecimal(cp) || isDigit(cp) || isNumeric(cp);
    }
}
