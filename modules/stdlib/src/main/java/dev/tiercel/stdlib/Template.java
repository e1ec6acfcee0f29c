package dev.tiercel.stdlib;

import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed replacement string of re.sub / Match.expand: literal text and group references ({@code \1},
 * {@code \g<name>}, {@code \g<0>}), with Python's escapes and errors.
 */
final class Template {
    /** Literal pieces are strings; references are Integers (group numbers). */
    private final List<Object> parts;

    private Template(List<Object> parts) {
        this.parts = parts;
    }

    static Template parse(ReModule.Pat p, String repl) {
        int[] r = repl.codePoints().toArray();
        List<Object> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        for (int i = 0; i < r.length; i++) {
            int c = r[i];
            if (c != '\\') {
                lit.appendCodePoint(c);
                continue;
            }
            int start = i;
            if (++i >= r.length) {
                throw ReModule.patternError("bad escape (end of pattern)", repl, start);
            }
            int d = r[i];
            int group = -1;
            if (d == 'g') {
                int[] end = {i};
                group = namedReference(p, repl, r, i, end);
                i = end[0];
            } else if (d == '0' || (d >= '1' && d <= '7' && i + 2 < r.length && isOctal(r[i + 1]) && isOctal(r[i + 2]))) {
                int v = d - '0';
                int k = 0;
                while (k < 2 && i + 1 < r.length && isOctal(r[i + 1])) {
                    v = v * 8 + (r[++i] - '0');
                    k++;
                }
                if (v > 0377) {
                    throw ReModule.patternError("octal escape value \\" + new String(r, start + 1, i - start)
                            + " outside of range 0-0o377", repl, start);
                }
                lit.appendCodePoint(v);
                continue;
            } else if (d >= '1' && d <= '9') {
                group = d - '0';
                if (i + 1 < r.length && Character.isDigit(r[i + 1])) {
                    group = group * 10 + (r[++i] - '0');
                }
                if (group > p.groups) {
                    throw ReModule.patternError("invalid group reference " + group, repl, start + 1);
                }
            } else {
                int e = escaped(d);
                if (e < 0) {
                    if (d < 128 && Character.isLetter(d)) {
                        throw ReModule.patternError("bad escape \\" + (char) d, repl, start);
                    }
                    lit.append('\\').appendCodePoint(d);
                } else {
                    lit.appendCodePoint(e);
                }
                continue;
            }
            if (lit.length() > 0) {
                parts.add(lit.toString());
                lit.setLength(0);
            }
            parts.add(group);
        }
        if (lit.length() > 0) {
            parts.add(lit.toString());
        }
        return new Template(parts);
    }

    private static boolean isOctal(int c) {
        return c >= '0' && c <= '7';
    }

    private static int escaped(int d) {
        return switch (d) {
            case 'a' -> 7;
            case 'b' -> 8;
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'v' -> 0x0b;
            case '\\' -> '\\';
            default -> -1;
        };
    }

    /** {@code \g<...>} starting at {@code r[i] == 'g'}; end[0] receives the index of the closing '>'. */
    private static int namedReference(ReModule.Pat p, String repl, int[] r, int i, int[] end) {
        if (i + 1 >= r.length || r[i + 1] != '<') {
            throw ReModule.patternError("missing <", repl, i + 1);
        }
        int close = i + 2;
        while (close < r.length && r[close] != '>') {
            close++;
        }
        if (close >= r.length) {
            throw ReModule.patternError("missing >, unterminated name", repl, i + 2);
        }
        String name = new String(r, i + 2, close - i - 2);
        end[0] = close;
        if (name.isEmpty()) {
            throw ReModule.patternError("missing group name", repl, i + 2);
        }
        int group;
        if (name.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            group = Integer.parseInt(name);
            if (group > p.groups) {
                throw ReModule.patternError("invalid group reference " + group, repl, i + 2);
            }
        } else {
            Integer g = p.names.get(name);
            if (g == null) {
                if (!Character.isJavaIdentifierStart(name.codePointAt(0))) {
                    throw ReModule.patternError("bad character in group name '" + name + "'", repl, i + 2);
                }
                throw PyErr.of(PyExc.IndexError, "unknown group name '" + name + "'");
            }
            group = g;
        }
        return group;
    }

    String expand(ReModule.Mat m) {
        StringBuilder sb = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof String s) {
                sb.append(s);
            } else {
                String t = m.text((Integer) part);
                if (t != null) {
                    sb.append(t);
                }
            }
        }
        return sb.toString();
    }
}
