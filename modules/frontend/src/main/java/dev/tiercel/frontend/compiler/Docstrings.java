package dev.tiercel.frontend.compiler;

/**
 * CPython 3.13's docstring cleaning ({@code _PyCompile_CleanDoc}): tabs expanded, leading spaces of the first
 * line dropped, and the smallest indentation of the later non-blank lines removed from every later line.
 */
final class Docstrings {
    private Docstrings() {
    }

    static String clean(String raw) {
        String doc = expandTabs(raw);
        int n = doc.length();
        int p = 0;
        while (p < n && doc.charAt(p++) != '\n') {
            // skip the first line
        }
        int margin = Integer.MAX_VALUE;
        while (p < n) {
            int s = p;
            while (p < n && doc.charAt(p) == ' ') {
                p++;
            }
            if (p < n && doc.charAt(p) != '\n') {
                margin = Math.min(margin, p - s);
            }
            while (p < n && doc.charAt(p++) != '\n') {
                // rest of the line
            }
        }
        if (margin == Integer.MAX_VALUE) {
            margin = 0;
        }
        p = 0;
        while (p < n && doc.charAt(p) == ' ') {
            p++;
        }
        if (p == 0 && margin == 0) {
            return doc;
        }
        StringBuilder w = new StringBuilder(n);
        while (p < n) {
            char ch = doc.charAt(p++);
            w.append(ch);
            if (ch == '\n') {
                break;
            }
        }
        while (p < n) {
            for (int i = 0; i < margin && p < n; i++, p++) {
                if (doc.charAt(p) != ' ') {
                    break;
                }
            }
            while (p < n) {
                char ch = doc.charAt(p++);
                w.append(ch);
                if (ch == '\n') {
                    break;
                }
            }
        }
        return w.toString();
    }

    /** {@code str.expandtabs()} with tab size 8. */
    static String expandTabs(String s) {
        if (s.indexOf('\t') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                int spaces = 8 - (col % 8);
                sb.append(" ".repeat(spaces));
                col += spaces;
            } else {
                sb.append(c);
                col = (c == '\n' || c == '\r') ? 0 : col + 1;
            }
        }
        return sb.toString();
    }
}
