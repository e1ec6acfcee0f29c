package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.object.PyErr;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** Python's format-specification mini-language for str, int and float. */
public final class FormatSpec {
    char fill = ' ';
    char align = 0;
    char sign = 0;
    boolean zeroNeg;
    boolean alternate;
    int width = -1;
    char grouping = 0;
    int precision = -1;
    char type = 0;

    static FormatSpec parse(String spec) {
        FormatSpec f = new FormatSpec();
        int i = 0, n = spec.length();
        if (n >= 2 && "<>=^".indexOf(spec.charAt(1)) >= 0) {
            f.fill = spec.charAt(0);
            f.align = spec.charAt(1);
            i = 2;
        } else if (n >= 1 && "<>=^".indexOf(spec.charAt(0)) >= 0) {
            f.align = spec.charAt(0);
            i = 1;
        }
        if (i < n && "+- ".indexOf(spec.charAt(i)) >= 0) {
            f.sign = spec.charAt(i++);
        }
        if (i < n && spec.charAt(i) == 'z') {
            f.zeroNeg = true;
            i++;
        }
        if (i < n && spec.charAt(i) == '#') {
            f.alternate = true;
            i++;
        }
        if (i < n && spec.charAt(i) == '0') {
            if (f.align == 0) {
                f.fill = '0';
                f.align = '=';
            }
            i++;
        }
        int s = i;
        while (i < n && Character.isDigit(spec.charAt(i))) {
            i++;
        }
        if (i > s) {
            f.width = Integer.parseInt(spec.substring(s, i));
        }
        if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
            f.grouping = spec.charAt(i++);
        }
        if (i < n && spec.charAt(i) == '.') {
            i++;
            s = i;
            while (i < n && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            if (i == s) {
                throw PyErr.valueError("Format specifier missing precision");
            }
            f.precision = Integer.parseInt(spec.substring(s, i));
        }
        if (i < n) {
            f.type = spec.charAt(i++);
        }
        if (i < n) {
            throw PyErr.valueError("Invalid format specifier '" + spec + "' for object of type 'str'");
        }
        return f;
    }

    /** Pads {@code body} (sign already split off into {@code prefix}) to the width. */
    String pad(String prefix, String body, char defaultAlign) {
        int len = prefix.codePointCount(0, prefix.length()) + body.codePointCount(0, body.length());
        if (width <= len) {
            return prefix + body;
        }
        int padn = width - len;
        char a = align == 0 ? defaultAlign : align;
        String fillS = String.valueOf(fill);
        return switch (a) {
            case '<' -> prefix + body + fillS.repeat(padn);
            case '^' -> fillS.repeat(padn / 2) + prefix + body + fillS.repeat(padn - padn / 2);
            case '=' -> prefix + fillS.repeat(padn) + body;
            default -> fillS.repeat(padn) + prefix + body;
        };
    }

    String formatStr(String s) {
        if (type != 0 && type != 's') {
            throw PyErr.valueError("Unknown format code '" + type + "' for object of type 'str'");
        }
        if (sign != 0) {
            throw PyErr.valueError("Sign not allowed in string format specifier");
        }
        if (precision >= 0 && s.codePointCount(0, s.length()) > precision) {
            s = s.substring(0, s.offsetByCodePoints(0, precision));
        }
        return pad("", s, '<');
    }

    private String signPrefix(boolean negative) {
        if (negative) {
            return "-";
        }
        return sign == '+' ? "+" : sign == ' ' ? " " : "";
    }

    String formatInt(BigInteger v) {
        char t = type == 0 ? 'd' : type;
        if ("eEfFgG%".indexOf(t) >= 0) {
            return formatFloat(v.doubleValue());
        }
        if (precision >= 0) {
            throw PyErr.valueError("Precision not allowed in integer format specifier");
        }
        boolean neg = v.signum() < 0;
        BigInteger a = v.abs();
        String digits;
        String prefix = "";
        switch (t) {
            case 'd', 'n' -> digits = a.toString();
            case 'x' -> {
                digits = a.toString(16);
                prefix = alternate ? "0x" : "";
            }
            case 'X' -> {
                digits = a.toString(16).toUpperCase();
                prefix = alternate ? "0X" : "";
            }
            case 'o' -> {
                digits = a.toString(8);
                prefix = alternate ? "0o" : "";
            }
            case 'b' -> {
                digits = a.toString(2);
                prefix = alternate ? "0b" : "";
            }
            case 'c' -> {
                return pad("", new String(Character.toChars(v.intValueExact())), '<');
            }
            default -> throw PyErr.valueError("Unknown format code '" + t + "' for object of type 'int'");
        }
        if (grouping != 0) {
            digits = group(digits, grouping, t == 'd' || t == 'n' ? 3 : 4);
        }
        return numPad(signPrefix(neg) + prefix, digits);
    }

    private String numPad(String prefix, String digits) {
        if (align == '=' && fill == '0' && grouping != 0 && width > 0) {
            int need = width - prefix.length();
            String raw = digits.replace(String.valueOf(grouping), "");
            int intEnd = raw.indexOf('.') >= 0 ? raw.indexOf('.') : raw.length();
            while (group(raw.substring(0, intEnd), grouping, 3).length() + (raw.length() - intEnd) < need) {
                raw = "0" + raw;
                intEnd++;
            }
            return prefix + group(raw.substring(0, intEnd), grouping, 3) + raw.substring(intEnd);
        }
        return pad(prefix, digits, '>');
    }

    static String group(String digits, char sep, int every) {
        int end = digits.length();
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (int i = end - 1; i >= 0; i--) {
            if (count > 0 && count % every == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(i));
            count++;
        }
        return sb.reverse().toString();
    }

    String formatFloat(double v) {
        char t = type;
        boolean neg = v < 0 || (v == 0 && 1 / v < 0);
        double a = Math.abs(v);
        String body;
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            body = Double.isNaN(v) ? "nan" : "inf";
            if (Character.isUpperCase(t)) {
                body = body.toUpperCase();
            }
            neg = !Double.isNaN(v) && v < 0;
            if (t == '%') {
                body += "%";
            }
            return pad(signPrefix(neg), body, '>');
        }
        switch (t) {
            case 'f', 'F' -> body = fixed(a, precision < 0 ? 6 : precision);
            case 'e', 'E' -> body = sci(a, precision < 0 ? 6 : precision, t == 'E');
            case 'g', 'G' -> body = general(a, precision < 0 ? 6 : precision, alternate, t == 'G', false);
            case '%' -> body = fixed(a * 100, precision < 0 ? 6 : precision) + "%";
            case 'n' -> body = general(a, precision < 0 ? 6 : precision, alternate, false, false);
            case 0 -> body = precision < 0 ? FloatBuiltins.repr(a)
                    : general(a, precision == 0 ? 1 : precision, alternate, false, true);
            default -> throw PyErr.valueError("Unknown format code '" + t + "' for object of type 'float'");
        }
        if (zeroNeg && neg && Double.parseDouble(body.replace("%", "").replace("e", "E")) == 0) {
            neg = false;
        }
        if (alternate && !body.contains(".") && (t == 'f' || t == 'F' || t == 'e' || t == 'E')) {
            int e = body.indexOf('e') >= 0 ? body.indexOf('e') : body.indexOf('E');
            body = e < 0 ? body + "." : body.substring(0, e) + "." + body.substring(e);
        }
        if (grouping != 0) {
            int dot = body.indexOf('.');
            int ePos = body.indexOf('e');
            int end = dot >= 0 ? dot : ePos >= 0 ? ePos : body.length();
            body = group(body.substring(0, end), grouping, 3) + body.substring(end);
        }
        return numPad(signPrefix(neg), body);
    }

    static String fixed(double a, int prec) {
        return new BigDecimal(a).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
    }

    static String sci(double a, int prec, boolean upper) {
        String digits;
        int exp;
        if (a == 0) {
            digits = "0".repeat(prec + 1);
            exp = 0;
        } else {
            BigDecimal d = new BigDecimal(a).round(new MathContext(prec + 1, RoundingMode.HALF_EVEN));
            digits = d.unscaledValue().toString();
            exp = digits.length() - 1 - d.scale();
            if (digits.length() < prec + 1) {
                digits = digits + "0".repeat(prec + 1 - digits.length());
            } else if (digits.length() > prec + 1) {
                digits = digits.substring(0, prec + 1);
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(digits.charAt(0));
        if (prec > 0) {
            sb.append('.').append(digits, 1, digits.length());
        }
        sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
        if (Math.abs(exp) < 10) {
            sb.append('0');
        }
        sb.append(Math.abs(exp));
        return sb.toString();
    }

    static String general(double a, int prec, boolean alt, boolean upper, boolean addDot0) {
        if (prec == 0) {
            prec = 1;
        }
        int exp;
        if (a == 0) {
            exp = 0;
        } else {
            BigDecimal d = new BigDecimal(a).round(new MathContext(prec, RoundingMode.HALF_EVEN));
            exp = d.precision() - 1 - d.scale();
        }
        String s;
        if (exp >= -4 && exp < prec) {
            s = fixed(a, Math.max(0, prec - 1 - exp));
            if (!alt && s.contains(".")) {
                s = s.replaceAll("0+$", "");
                if (s.endsWith(".")) {
                    s = s.substring(0, s.length() - 1);
                }
            }
            if (addDot0 && !s.contains(".")) {
                s = s + ".0";
            }
        } else {
            s = sci(a, prec - 1, upper);
            if (!alt) {
                int e = s.indexOf(upper ? 'E' : 'e');
                String m = s.substring(0, e);
                if (m.contains(".")) {
                    m = m.replaceAll("0+$", "");
                    if (m.endsWith(".")) {
                        m = m.substring(0, m.length() - 1);
                    }
                }
                s = m + s.substring(e);
            }
        }
        return s;
    }
}
