package dev.tiercel.frontend.compiler;

import dev.tiercel.frontend.ast.Expr;
import dev.tiercel.frontend.ast.Pos;
import dev.tiercel.runtime.object.PyStr;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython's AST optimization of {@code 'literal %s %r' % (a, b)} into an f-string when every conversion is a plain
 * %s, %r or %a (with optional width/precision) and the item count matches.
 */
final class PercentFormat {
    private PercentFormat() {
    }

    /** The equivalent JoinedStr, or null if the format is not eligible. */
    static Expr optimize(Pos node, String fmt, List<Expr> elts) {
        List<Expr> seq = new ArrayList<>();
        int[] pos = {0};
        int cnt = 0;
        while (true) {
            String lit = literal(fmt, pos);
            if (lit != null) {
                seq.add(new Expr.Constant(Pos.NONE, PyStr.of(lit)));
            }
            if (pos[0] >= fmt.length()) {
                break;
            }
            if (cnt >= elts.size()) {
                return null;
            }
            pos[0]++; // the '%'
            Expr e = format(fmt, pos, elts.get(cnt));
            cnt++;
            if (e == null) {
                return null;
            }
            seq.add(e);
        }
        if (cnt < elts.size()) {
            return null;
        }
        return new Expr.JoinedStr(node, seq);
    }

    private static String literal(String fmt, int[] ppos) {
        int start = ppos[0], pos = start;
        boolean percents = false;
        while (pos < fmt.length()) {
            if (fmt.charAt(pos) != '%') {
                pos++;
            } else if (pos + 1 < fmt.length() && fmt.charAt(pos + 1) == '%') {
                percents = true;
                pos += 2;
            } else {
                break;
            }
        }
        ppos[0] = pos;
        if (pos == start) {
            return null;
        }
        String s = fmt.substring(start, pos);
        return percents ? s.replace("%%", "%") : s;
    }

    private static Expr format(String fmt, int[] ppos, Expr arg) {
        int pos = ppos[0];
        int len = fmt.length();
        boolean ljust = false;
        char ch;
        while (true) {
            if (pos >= len) {
                return null;
            }
            ch = fmt.charAt(pos++);
            if (ch == '-') {
                ljust = true;
            } else if (ch != '+' && ch != ' ' && ch != '#' && ch != '0') {
                break;
            }
        }
        int width = -1, prec = -1;
        if (ch >= '0' && ch <= '9') {
            width = 0;
            while (ch >= '0' && ch <= '9') {
                width = width * 10 + (ch - '0');
                if (pos >= len || width > 100_000_000) {
                    return null;
                }
                ch = fmt.charAt(pos++);
            }
        }
        if (ch == '.') {
            if (pos >= len) {
                return null;
            }
            ch = fmt.charAt(pos++);
            prec = 0;
            while (ch >= '0' && ch <= '9') {
                prec = prec * 10 + (ch - '0');
                if (pos >= len || prec > 100_000_000) {
                    return null;
                }
                ch = fmt.charAt(pos++);
            }
        }
        ppos[0] = pos;
        if (ch != 's' && ch != 'r' && ch != 'a') {
            return null;
        }
        StringBuilder spec = new StringBuilder();
        if (!ljust && width > 0) {
            spec.append('>');
        }
        if (width >= 0) {
            spec.append(width);
        }
        if (prec >= 0) {
            spec.append('.').append(prec);
        }
        Expr formatSpec = spec.isEmpty() ? null : new Expr.Constant(Pos.NONE, PyStr.of(spec.toString()));
        return new Expr.FormattedValue(arg.pos(), arg, ch, formatSpec);
    }
}
