package dev.tiercel.runtime.internal;

/**
 * Where CPython 3.13's traceback puts the {@code ^} among the {@code ~}: the operator of a binary operation, the
 * brackets of a subscript, the parentheses of a call. CPython finds these by parsing the segment; this scans it
 * for the top-level structure, which gives the same answer for the expressions that carry anchors.
 */
final class Carets {
    private Carets() {}

    private static final String[][] BINOPS = {
        {"|"}, {"^"}, {"&"}, {"<<", ">>"}, {"+", "-"}, {"*", "/", "//", "%", "@"}, {"**"},
    };

    /** {start, end} of the primary markers within the segment, or null for "all primary". */
    static int[] anchors(String seg) {
        int n = seg.length();
        int[] depthAt = new int[n];
        boolean[] inCode = new boolean[n];
        int depth = 0;
        char quote = 0;
        boolean hasTopCompare = false;
        for (int i = 0; i < n; i++) {
            char c = seg.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depthAt[i] = depth;
                inCode[i] = true;
                depth++;
                continue;
            }
            if (c == ')' || c == ']' || c == '}') {
                depth--;
                depthAt[i] = depth;
                inCode[i] = true;
                continue;
            }
            depthAt[i] = depth;
            inCode[i] = true;
        }
        if (depth != 0 || quote != 0) {
            return null;
        }
        String top = topLevel(seg, depthAt, inCode);
        String first = seg.strip().split("[^A-Za-z_]", 2)[0];
        if (java.util.Set.of("raise", "return", "del", "assert", "import", "from", "global", "nonlocal", "pass",
                "break", "continue", "with", "for", "while", "if", "elif", "else", "try", "except", "finally",
                "def", "class", "async").contains(first) || top.matches("(?s).*[^=!<>:+\\-*/%@&|^]=[^=].*")) {
            return null;
        }
        if (containsWord(top, "lambda") || containsWord(top, "if") || containsWord(top, "and")
                || containsWord(top, "or") || containsWord(top, "not") || containsWord(top, "in")
                || containsWord(top, "is") || top.contains("==") || top.contains("!=") || top.contains("<=")
                || top.contains(">=") || top.contains(":=") || hasLoneCompare(top) || containsWord(top, "await")
                || containsWord(top, "yield") || top.contains(",")) {
            hasTopCompare = true;
        }
        if (hasTopCompare) {
            return null;
        }
        int[] bin = binop(seg, depthAt, inCode);
        if (bin != null) {
            return bin;
        }
        int last = n - 1;
        while (last >= 0 && Character.isWhitespace(seg.charAt(last))) {
            last--;
        }
        if (last < 0) {
            return null;
        }
        char close = seg.charAt(last);
        if ((close == ')' || close == ']') && inCode[last]) {
            char open = close == ')' ? '(' : '[';
            int d = depthAt[last];
            for (int i = last - 1; i > 0; i--) {
                if (inCode[i] && seg.charAt(i) == open && depthAt[i] == d) {
                    String before = seg.substring(0, i).strip();
                    if (before.isEmpty() || isOperatorEnd(before)) {
                        return null;
                    }
                    return new int[] {i, last + 1};
                }
            }
        }
        return null;
    }

    private static boolean isOperatorEnd(String s) {
        char c = s.charAt(s.length() - 1);
        return "+-*/%@&|^~<>=,(".indexOf(c) >= 0;
    }

    private static String topLevel(String seg, int[] depthAt, boolean[] inCode) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < seg.length(); i++) {
            sb.append(inCode[i] && depthAt[i] == 0 ? seg.charAt(i) : ' ');
        }
        return sb.toString();
    }

    private static boolean hasLoneCompare(String top) {
        for (int i = 0; i < top.length(); i++) {
            char c = top.charAt(i);
            if (c == '<' || c == '>') {
                boolean dbl = (i + 1 < top.length() && top.charAt(i + 1) == c) || (i > 0 && top.charAt(i - 1) == c);
                if (!dbl) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean containsWord(String s, String w) {
        int i = s.indexOf(w);
        while (i >= 0) {
            boolean startOk = i == 0 || !Character.isJavaIdentifierPart(s.charAt(i - 1));
            int e = i + w.length();
            boolean endOk = e >= s.length() || !Character.isJavaIdentifierPart(s.charAt(e));
            if (startOk && endOk) {
                return true;
            }
            i = s.indexOf(w, i + 1);
        }
        return false;
    }

    /** The top-level binary operator CPython's AST would put at the root, as {start, end}. */
    private static int[] binop(String seg, int[] depthAt, boolean[] inCode) {
        int n = seg.length();
        for (String[] level : BINOPS) {
            boolean rightAssoc = level[0].equals("**");
            int found = -1;
            int foundLen = 0;
            for (int i = 0; i < n; i++) {
                if (!inCode[i] || depthAt[i] != 0) {
                    continue;
                }
                for (String op : level) {
                    if (!seg.startsWith(op, i)) {
                        continue;
                    }
                    if (!isBinaryAt(seg, i, op)) {
                        continue;
                    }
                    if (found < 0 || !rightAssoc) {
                        if (!(rightAssoc && found >= 0)) {
                            found = i;
                            foundLen = op.length();
                        }
                    }
                    i += op.length() - 1;
                    break;
                }
            }
            if (found >= 0) {
                return new int[] {found, found + foundLen};
            }
        }
        return null;
    }

    private static boolean isBinaryAt(String seg, int i, String op) {
        if (op.equals("*") && (seg.startsWith("**", i) || (i > 0 && seg.charAt(i - 1) == '*'))) {
            return false;
        }
        if (op.equals("/") && (seg.startsWith("//", i) || (i > 0 && seg.charAt(i - 1) == '/'))) {
            return false;
        }
        if ((op.equals("<<") || op.equals(">>")) && seg.startsWith("=", i + 2)) {
            return false;
        }
        if (i + op.length() < seg.length() && seg.charAt(i + op.length()) == '=' && !op.equals("**")) {
            return false;
        }
        int j = i - 1;
        while (j >= 0 && Character.isWhitespace(seg.charAt(j))) {
            j--;
        }
        if (j < 0) {
            return false;
        }
        char prev = seg.charAt(j);
        if ((op.equals("+") || op.equals("-")) && ("+-*/%@&|^~<>=(,".indexOf(prev) >= 0
                || (Character.isLetter(prev) && endsWithKeyword(seg.substring(0, j + 1))))) {
            return false;
        }
        if ((op.equals("+") || op.equals("-")) && (prev == 'e' || prev == 'E') && j > 0
                && Character.isDigit(seg.charAt(j - 1)) && j == i - 1) {
            int k = j - 1;
            while (k >= 0 && (Character.isDigit(seg.charAt(k)) || seg.charAt(k) == '.')) {
                k--;
            }
            if (k < 0 || !Character.isJavaIdentifierPart(seg.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWithKeyword(String s) {
        for (String k : new String[] {"return", "and", "or", "not", "in", "is", "if", "else", "lambda", "yield"}) {
            if (s.endsWith(k) && (s.length() == k.length()
                    || !Character.isJavaIdentifierPart(s.charAt(s.length() - k.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** CPython's {@code _should_show_carets} for a single-line segment {@code [start, end)} of {@code line}. */
    static boolean shouldShow(String line, int start, int end, int[] anchors) {
        String stripped = line.strip();
        int indent = line.length() - line.stripLeading().length();
        String seg = line.substring(start, end);
        boolean isCall = seg.endsWith(")") && anchors != null && seg.charAt(anchors[0]) == '('
                && isName(seg.substring(0, anchors[0]).strip());
        if (isCall && end == indent + stripped.length()) {
            String before = line.substring(indent, start);
            if (before.equals("return ") || before.matches("[A-Za-z_][A-Za-z_0-9]* *= *")) {
                return false;
            }
        }
        if (anchors != null) {
            return true;
        }
        return !line.substring(0, start).isBlank() || !line.substring(end).isBlank();
    }

    private static boolean isName(String s) {
        return s.matches("[A-Za-z_][A-Za-z_0-9]*");
    }
}
