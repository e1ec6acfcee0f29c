package dev.tiercel.stdlib.ucd;

import java.util.Locale;

/**
 * Character names as CPython 3.13 gives them: the JDK's name table for named characters, and the names the
 * Unicode standard derives from the code point (Hangul syllables, CJK ideographs and the like), which the JDK
 * spells differently. Only characters assigned in UCD 15.1 have names.
 */
final class UcdNames {
    private UcdNames() {}

    /** Ranges (first, last) whose names are a prefix and the hex code point; CPython 3.13 names no Tangut ideograph. */
    private static final int[][] DERIVED = {
        {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0x20000, 0x2A6DF}, {0x2A700, 0x2B739}, {0x2B740, 0x2B81D},
        {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0}, {0x2EBF0, 0x2EE5D}, {0x30000, 0x3134A}, {0x31350, 0x323AF},
        {0xF900, 0xFAFF}, {0x2F800, 0x2FA1F}, {0x17000, 0x187F7}, {0x18D00, 0x18D08}, {0x18B00, 0x18CD5},
        {0x1B170, 0x1B2FB},
    };
    private static final String[] DERIVED_PREFIX = {
        "CJK UNIFIED IDEOGRAPH-", "CJK UNIFIED IDEOGRAPH-", "CJK UNIFIED IDEOGRAPH-", "CJK UNIFIED IDEOGRAPH-",
        "CJK UNIFIED IDEOGRAPH-", "CJK UNIFIED IDEOGRAPH-", "CJK UNIFIED IDEOGRAPH-", "CJK UNIFIED IDEOGRAPH-",
        "CJK UNIFIED IDEOGRAPH-", "CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-",
        "CJK COMPATIBILITY IDEOGRAPH-", null, null, "KHITAN SMALL SCRIPT CHARACTER-",
        "NUSHU CHARACTER-",
    };

    private static final int S_BASE = 0xAC00;
    private static final int L_COUNT = 19;
    private static final int V_COUNT = 21;
    private static final int T_COUNT = 28;
    private static final int N_COUNT = V_COUNT * T_COUNT;
    private static final int S_COUNT = L_COUNT * N_COUNT;
    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
        "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
        "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
        "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    /** The name, or null when the character has none. */
    static String name(int cp) {
        String category = UcdTables.get().props(cp).category();
        if (category.equals("Cn") || category.equals("Cc") || category.equals("Co") || category.equals("Cs")) {
            return null;
        }
        if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
            int s = cp - S_BASE;
            return "HANGUL SYLLABLE " + JAMO_L[s / N_COUNT] + JAMO_V[(s % N_COUNT) / T_COUNT] + JAMO_T[s % T_COUNT];
        }
        for (int i = 0; i < DERIVED.length; i++) {
            if (cp >= DERIVED[i][0] && cp <= DERIVED[i][1]) {
                String prefix = DERIVED_PREFIX[i];
                return prefix == null ? null : prefix + Integer.toHexString(cp).toUpperCase(Locale.ROOT);
            }
        }
        return Character.getName(cp);
    }

    /**
     * The code point named {@code name}, or -1. As in CPython, names from the name table match in any case, the
     * derived names (Hangul syllables, ideographs) only as written, with upper-case hex digits.
     */
    static int lookup(String name) {
        int cp = derived(name);
        if (cp >= 0) {
            return name.equals(name(cp)) ? cp : -1;
        }
        String upper = name.toUpperCase(Locale.ROOT);
        try {
            cp = Character.codePointOf(upper);
        } catch (IllegalArgumentException e) {
            return -1;
        }
        return !isDerived(cp) && upper.equals(name(cp)) ? cp : -1;
    }

    private static boolean isDerived(int cp) {
        if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
            return true;
        }
        for (int[] range : DERIVED) {
            if (cp >= range[0] && cp <= range[1]) {
                return true;
            }
        }
        return false;
    }

    private static int derived(String name) {
        if (name.startsWith("HANGUL SYLLABLE ")) {
            for (int s = 0; s < S_COUNT; s++) {
                if (name.equals(name(S_BASE + s))) {
                    return S_BASE + s;
                }
            }
            return -1;
        }
        for (String prefix : DERIVED_PREFIX) {
            if (prefix != null && name.startsWith(prefix)) {
                String hex = name.substring(prefix.length());
                return hex.matches("[0-9A-F]{4,5}") ? Integer.parseInt(hex, 16) : -1;
            }
        }
        return -1;
    }
}
