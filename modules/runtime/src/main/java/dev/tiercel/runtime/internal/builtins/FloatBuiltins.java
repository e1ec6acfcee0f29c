package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyObject;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Arithmetic, comparison, parsing and repr of {@code float}. */
public final class FloatBuiltins {
    private FloatBuiltins() {}

    static double toDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt i) {
            return i.toDouble();
        }
        return Double.NaN;
    }

    /** Mixed float/int arithmetic, or null when an operand is not a number. */
    public static PyObject binary(PyObject x, PyObject y, int op) {
        if (!(x instanceof PyFloat || x instanceof PyInt) || !(y instanceof PyFloat || y instanceof PyInt)) {
            return null;
        }
        double a = toDouble(x), b = toDouble(y);
        switch (op) {
            case Ops.NB_ADD:
                return PyFloat.of(a + b);
            case Ops.NB_SUBTRACT:
                return PyFloat.of(a - b);
            case Ops.NB_MULTIPLY:
                return PyFloat.of(a * b);
            case Ops.NB_TRUE_DIVIDE:
                if (b == 0) {
                    throw PyErr.zeroDivision("float division by zero");
                }
                return PyFloat.of(a / b);
            case Ops.NB_FLOOR_DIVIDE:
                if (b == 0) {
                    throw PyErr.zeroDivision("float floor division by zero");
                }
                return PyFloat.of(divmod(a, b)[0]);
            case Ops.NB_REMAINDER:
                if (b == 0) {
                    throw PyErr.zeroDivision("float modulo by zero");
                }
                return PyFloat.of(divmod(a, b)[1]);
            case Ops.NB_POWER:
                if (a < 0 && a != Double.NEGATIVE_INFINITY && b != Math.rint(b) && Double.isFinite(b)) {
                    return ComplexBuiltins.power(new dev.tiercel.runtime.object.PyComplex(a, 0),
                            new dev.tiercel.runtime.object.PyComplex(b, 0));
                }
                return PyFloat.of(pow(a, b));
            default:
                return null;
        }
    }

    /** Python's float divmod: {floordiv, mod}. */
    public static double[] divmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    /**
     * {@code a ** b} for floats, in CPython's order of cases ({@code float_pow}): C's {@code pow} and Java's differ
     * where a base of magnitude 1 meets an infinite or NaN exponent ({@code 1.0 ** nan} is 1.0 in Python), and zero
     * to a negative infinite power is infinite, not an error. A negative finite base with a fractional exponent
     * (complex in Python) is the caller's case; here it raises ValueError.
     */
    public static double pow(double a, double b) {
        if (b == 0) {
            return 1.0;
        }
        if (Double.isNaN(a)) {
            return a;
        }
        if (Double.isNaN(b)) {
            return a == 1.0 ? 1.0 : b;
        }
        if (Double.isInfinite(b)) {
            double m = Math.abs(a);
            return m == 1.0 ? 1.0 : (b > 0) == (m > 1.0) ? Double.POSITIVE_INFINITY : 0.0;
        }
        if (Double.isInfinite(a)) {
            boolean odd = isOddInteger(b);
            if (a > 0) {
                return b > 0 ? a : 0.0;
            }
            return b > 0 ? (odd ? a : -a) : (odd ? -0.0 : 0.0);
        }
        if (a == 0) {
            if (b < 0) {
                throw PyErr.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return isOddInteger(b) ? a : 0.0;
        }
        if (a < 0 && b != Math.rint(b)) {
            throw PyErr.valueError("math domain error");
        }
        if (Math.abs(a) == 1.0) {
            return a < 0 && isOddInteger(b) ? -1.0 : 1.0;
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r)) {
            throw PyErr.overflow("(34, 'Numerical result out of range')");
        }
        return r;
    }

    private static boolean isOddInteger(double b) {
        return Double.isFinite(b) && Math.abs(b % 2.0) == 1.0;
    }

    /** Comparison of two numbers at least one of which is a float, exact as in CPython. */
    public static boolean compare(PyObject x, PyObject y, int op) {
        if (x instanceof PyFloat fx && y instanceof PyFloat fy) {
            return cmpDouble(fx.value, fy.value, op);
        }
        double a = toDoubleLossless(x), b = toDoubleLossless(y);
        if (!Double.isNaN(a) && !Double.isNaN(b)) {
            return cmpDouble(a, b, op);
        }
        double f = x instanceof PyFloat fx ? fx.value : ((PyFloat) y).value;
        if (Double.isNaN(f)) {
            return op == Ops.NE;
        }
        if (Double.isInfinite(f)) {
            int c = f > 0 ? 1 : -1;
            return Ops.cmpResult(x instanceof PyFloat ? c : -c, op);
        }
        BigDecimal bx = x instanceof PyFloat fx ? new BigDecimal(fx.value) : new BigDecimal(((PyInt) x).toBigInteger());
        BigDecimal by = y instanceof PyFloat fy ? new BigDecimal(fy.value) : new BigDecimal(((PyInt) y).toBigInteger());
        return Ops.cmpResult(bx.compareTo(by), op);
    }

    private static double toDoubleLossless(PyObject o) {
        if (o instanceof PyFloat f) {
            return Double.isNaN(f.value) || Double.isInfinite(f.value) ? Double.NaN : f.value;
        }
        PyInt i = (PyInt) o;
        if (i.big == null && Math.abs(i.value) <= (1L << 53)) {
            return i.value;
        }
        return Double.NaN;
    }

    private static boolean cmpDouble(double a, double b, int op) {
        return switch (op) {
            case Ops.LT -> a < b;
            case Ops.LE -> a <= b;
            case Ops.EQ -> a == b;
            case Ops.NE -> a != b;
            case Ops.GT -> a > b;
            default -> a >= b;
        };
    }

    /** {@code repr(float)}: the shortest string that round-trips, in Python's layout. */
    public static String repr(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return (1 / v < 0) ? "-0.0" : "0.0";
        }
        // Java's Double.toString gives the shortest round-tripping digits (JDK 19+); re-lay them out.
        String js = Double.toString(Math.abs(v));
        int e = js.indexOf('E');
        String mant = e < 0 ? js : js.substring(0, e);
        int exp = e < 0 ? 0 : Integer.parseInt(js.substring(e + 1));
        int dot = mant.indexOf('.');
        String digits = mant.substring(0, dot) + mant.substring(dot + 1);
        int decpt = dot + exp;
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
        }
        digits = digits.substring(lead);
        decpt -= lead;
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        if (digits.length() == 2) {
            // Java prints at least two digits; Python wants the shortest, which may be one digit.
            int two = Integer.parseInt(digits);
            int one = (two + 5) / 10;
            int dp = decpt;
            if (one == 10) {
                one = 1;
                dp++;
            }
            String cand = one + "e" + (dp - 1);
            if (Double.parseDouble(cand) == Math.abs(v)) {
                digits = String.valueOf(one);
                decpt = dp;
            }
        }
        return (v < 0 ? "-" : "") + layout(digits, decpt);
    }

    /** Python's 'r' layout of significant digits with the decimal point after {@code decpt} digits. */
    static String layout(String digits, int decpt) {
        StringBuilder sb = new StringBuilder();
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                sb.append("0.");
                sb.append("0".repeat(-decpt));
                sb.append(digits);
            } else if (decpt >= digits.length()) {
                sb.append(digits);
                sb.append("0".repeat(decpt - digits.length()));
                sb.append(".0");
            } else {
                sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
            }
        } else {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            int x = decpt - 1;
            sb.append('e').append(x < 0 ? '-' : '+');
            if (Math.abs(x) < 10) {
                sb.append('0');
            }
            sb.append(Math.abs(x));
        }
        return sb.toString();
    }

    /** {@code float(str)}. */
    public static double parse(String text) {
        String s = text.strip().replace("_", "");
        String low = s.toLowerCase();
        String body = low.startsWith("+") || low.startsWith("-") ? low.substring(1) : low;
        boolean neg = low.startsWith("-");
        switch (body) {
            case "inf", "infinity":
                return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            case "nan":
                return Double.NaN;
            default:
                break;
        }
        if (body.isEmpty() || !body.matches("(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?") || text.strip().contains("__")) {
            throw PyErr.valueError("could not convert string to float: " + Reprs.strRepr(text));
        }
        return Double.parseDouble(s);
    }

    /** {@code round(x, n)}: correctly rounded, half to even on the exact binary value. */
    public static double round(double x, long n) {
        if (!Double.isFinite(x) || x == 0) {
            return x;
        }
        if (n > 330) {
            return x;
        }
        if (n < -330) {
            return Math.copySign(0.0, x);
        }
        BigDecimal d = new BigDecimal(x).setScale((int) n, RoundingMode.HALF_EVEN);
        double r = d.doubleValue();
        if (r == 0) {
            return Math.copySign(0.0, x);
        }
        return r;
    }
}
