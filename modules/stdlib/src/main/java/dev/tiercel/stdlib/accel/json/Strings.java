package dev.tiercel.stdlib.accel.json;

import dev.tiercel.runtime.object.PyStr;
import java.util.function.IntConsumer;

/** JSON string literals: decoding ({@code scanstring}) and the two encoders, with CPython's C rules. */
final class Strings {
    private Strings() {}

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /**
     * Decodes the string literal whose opening quote is at {@code end - 1}; hands the index after its closing quote
     * to {@code setEnd}. Errors are JSONDecodeErrors at CPython's positions.
     */
    static String scan(Text t, PyStr doc, int end, boolean strict, IntConsumer setEnd) {
        int len = t.length;
        int begin = end - 1;
        if (end < 0 || len < end) {
            throw dev.tiercel.runtime.object.PyErr.valueError("end is out of bounds");
        }
        StringBuilder sb = null;
        while (true) {
            int next = end;
            int c = 0;
            for (; next < len; next++) {
                c = t.at(next);
                if (c == '"' || c == '\\') {
                    break;
                }
                if (c <= 0x1f && strict) {
                    throw Errors.decodeError("Invalid control character at", doc, next);
                }
            }
            if (next == len || (c != '"' && c != '\\')) {
                throw Errors.decodeError("Unterminated string starting at", doc, begin);
            }
            if (c == '"' && sb == null) {
                setEnd.accept(next + 1);
                return t.slice(end, next);
            }
            if (sb == null) {
                sb = new StringBuilder(next - end + 16);
            }
            t.appendTo(sb, end, next);
            next++;
            if (c == '"') {
                setEnd.accept(next);
                return sb.toString();
            }
            if (next == len) {
                throw Errors.decodeError("Unterminated string starting at", doc, begin);
            }
            c = t.at(next);
            if (c != 'u') {
                end = next + 1;
                int decoded = simpleEscape(c);
                if (decoded < 0) {
                    throw Errors.decodeError("Invalid \\escape", doc, end - 2);
                }
                sb.append((char) decoded);
                continue;
            }
            next++;
            end = next + 4;
            if (end >= len) {
                throw Errors.decodeError("Invalid \\uXXXX escape", doc, next - 1);
            }
            int cp = hex4(t, next, doc, end - 5);
            next = end;
            if (cp >= 0xD800 && cp <= 0xDBFF && end + 6 < len && t.at(next) == '\\' && t.at(next + 1) == 'u') {
                end += 6;
                int low = hex4(t, next + 2, doc, end - 5);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    cp = 0x10000 + (((cp - 0xD800) << 10) | (low - 0xDC00));
                } else {
                    end -= 6;
                }
            }
            sb.appendCodePoint(cp);
        }
    }

    private static int simpleEscape(int c) {
        return switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '/' -> '/';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            default -> -1;
        };
    }

    private static int hex4(Text t, int from, PyStr doc, int errorPos) {
        int v = 0;
        for (int i = from; i < from + 4; i++) {
            int d = Character.digit(t.at(i), 16);
            if (d < 0 || t.at(i) > 'f') {
                throw Errors.decodeError("Invalid \\uXXXX escape", doc, errorPos);
            }
            v = (v << 4) | d;
        }
        return v;
    }

    /** {@code encode_basestring_ascii}: a quoted literal with everything outside ' '..'~' escaped. */
    static String encodeAscii(PyStr s) {
        String v = s.value;
        int n = v.length();
        int i = 0;
        while (i < n) {
            char c = v.charAt(i);
            if (c < ' ' || c > '~' || c == '"' || c == '\\') {
                break;
            }
            i++;
        }
        StringBuilder sb = new StringBuilder(n + 8).append('"');
        if (i == n) {
            return sb.append(v).append('"').toString();
        }
        sb.append(v, 0, i);
        for (; i < n; i++) {
            char c = v.charAt(i);
            if (c >= ' ' && c <= '~' && c != '"' && c != '\\') {
                sb.append(c);
            } else if (!shortEscape(sb, c)) {
                // A supplementary character is a surrogate pair in Java, which is exactly JSON's \\u pair.
                unicodeEscape(sb, c);
            }
        }
        return sb.append('"').toString();
    }

    /** {@code encode_basestring}: a quoted literal with only '"', '\\' and control characters escaped. */
    static String encode(PyStr s) {
        String v = s.value;
        int n = v.length();
        StringBuilder sb = null;
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c >= ' ' && c != '"' && c != '\\') {
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(n + 8).append('"');
            }
            sb.append(v, start, i);
            if (!shortEscape(sb, c)) {
                unicodeEscape(sb, c);
            }
            start = i + 1;
        }
        if (sb == null) {
            return "\"" + v + "\"";
        }
        return sb.append(v, start, n).append('"').toString();
    }

    private static boolean shortEscape(StringBuilder sb, char c) {
        String e = switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\b' -> "\\b";
            case '\f' -> "\\f";
            default -> null;
        };
        if (e == null) {
            return false;
        }
        sb.append(e);
        return true;
    }

    private static void unicodeEscape(StringBuilder sb, char c) {
        sb.append("\\u").append(HEX[(c >> 12) & 15]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15])
                .append(HEX[c & 15]);
    }
}
