package dev.tiercel.frontend.parser;

import dev.tiercel.frontend.lexer.SyntaxErrorException;

/** Decodes the body of a (non-f) string or bytes literal: escapes, raw mode. */
final class StringLiterals {
    private StringLiterals() {
    }

    /** Splits a literal's text into prefix (lower-cased), quote length and body. */
    record Parts(String prefix, int quoteLen, String body) {
        boolean isBytes() { return prefix.contains("b"); }
        boolean isRaw() { return prefix.contains("r"); }
        boolean isF() { return prefix.contains("f"); }
    }

    static Parts split(String text) {
        int i = 0;
        while (text.charAt(i) != '\'' && text.charAt(i) != '"') {
            i++;
        }
        String prefix = text.substring(0, i).toLowerCase();
        char q = text.charAt(i);
        int ql = text.startsWith("" + q + q + q, i) && text.length() - i >= 6 ? 3 : 1;
        return new Parts(prefix, ql, text.substring(i + ql, text.length() - ql));
    }

    /**
     * Decodes escapes. For bytes, each resulting char is one byte value (0..255). {@code errorLine}/{@code
     * errorCol} locate errors (1-based byte column of the literal).
     */
    static String decode(String body, boolean raw, boolean bytes, int errorLine, int errorCol) {
        if (bytes) {
            for (int i = 0; i < body.length(); i++) {
                if (body.charAt(i) >= 128) {
                    throw new SyntaxErrorException("bytes can only contain ASCII literal characters", errorLine,
                            errorCol, errorLine, errorCol);
                }
            }
        }
        if (raw || body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder sb = new StringBuilder(body.length());
        String invalid = null; // the first invalid escape: CPython warns about that one only
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                sb.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case '\n' -> { }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    int n = 1;
                    while (n < 3 && i + 1 < body.length() && body.charAt(i + 1) >= '0' && body.charAt(i + 1) <= '7') {
                        v = v * 8 + (body.charAt(++i) - '0');
                        n++;
                    }
                    if (v > 0377 && invalid == null) {
                        invalid = "invalid octal escape sequence '\\" + body.substring(i - n + 1, i + 1) + "'";
                    }
                    if (bytes) {
                        v &= 0xFF;
                    }
                    sb.appendCodePoint(v);
                }
                case 'x' -> {
                    int v = hex(body, i + 1, 2, errorLine, errorCol, bytes ? "(value error) invalid \\x escape"
                            : "(unicode error) 'unicodeescape' codec can't decode bytes in position " + (i - 1)
                                    + "-" + Math.min(i + 2, body.length() - 1) + ": truncated \\xXX escape");
                    i += 2;
                    sb.append((char) v);
                }
                case 'u', 'U' -> {
                    if (bytes) {
                        sb.append('\\').append(e);
                        break;
                    }
                    int len = e == 'u' ? 4 : 8;
                    int v = hex(body, i + 1, len, errorLine, errorCol,
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position " + (i - 1) + "-"
                                    + Math.min(i + len, body.length() - 1) + ": truncated \\" + e
                                    + "X".repeat(len) + " escape");
                    if (v > 0x10FFFF || v < 0) {
                        throw new SyntaxErrorException("(unicode error) 'unicodeescape' codec can't decode bytes in "
                                + "position " + (i - 1) + "-" + (i + len) + ": illegal Unicode character",
                                errorLine, errorCol, errorLine, errorCol);
                    }
                    i += len;
                    sb.appendCodePoint(v);
                }
                case 'N' -> {
                    if (bytes) {
                        sb.append("\\N");
                        break;
                    }
                    int close = body.indexOf('}', i);
                    if (i + 1 >= body.length() || body.charAt(i + 1) != '{' || close < 0) {
                        throw new SyntaxErrorException("(unicode error) 'unicodeescape' codec can't decode bytes in "
                                + "position " + (i - 1) + "-" + (close < 0 && i + 1 < body.length()
                                && body.charAt(i + 1) == '{' ? body.length() - 1 : i)
                                + ": malformed \\N character escape", errorLine,
                                errorCol, errorLine, errorCol);
                    }
                    String name = body.substring(i + 2, close);
                    int cp;
                    try {
                        cp = Character.codePointOf(name);
                    } catch (IllegalArgumentException ex) {
                        throw new SyntaxErrorException("(unicode error) 'unicodeescape' codec can't decode bytes in "
                                + "position " + (i - 1) + "-" + close + ": unknown Unicode character name",
                                errorLine, errorCol, errorLine, errorCol);
                    }
                    sb.appendCodePoint(cp);
                    i = close;
                }
                default -> {
                    if (invalid == null) {
                        invalid = "invalid escape sequence '\\" + new String(Character.toChars(body.codePointAt(i)))
                                + "'";
                    }
                    sb.append('\\').append(e);
                }
            }
        }
        if (invalid != null) {
            dev.tiercel.frontend.SyntaxWarnings.warn(errorLine, errorCol, invalid);
        }
        return sb.toString();
    }

    private static int hex(String s, int from, int len, int line, int col, String msg) {
        if (from + len > s.length()) {
            throw new SyntaxErrorException(msg, line, col, line, col);
        }
        long v = 0;
        for (int k = 0; k < len; k++) {
            int d = Character.digit(s.charAt(from + k), 16);
            if (d < 0 || s.charAt(from + k) > 127) {
                throw new SyntaxErrorException(msg, line, col, line, col);
            }
            v = v * 16 + d;
        }
        return v > Integer.MAX_VALUE ? -1 : (int) v;
    }
}
