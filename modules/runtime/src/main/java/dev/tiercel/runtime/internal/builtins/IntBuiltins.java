package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** Arithmetic, parsing and formatting of {@code int}: long fast paths, BigInteger past 64 bits. */
public final class IntBuiltins {
    private IntBuiltins() {}

    /** Past this many bits a result is refused with MemoryError rather than computed. */
    private static final long MAX_BITS = 1L << 32;

    public static int compare(PyInt x, PyInt y) {
        if (x.big == null && y.big == null) {
            return Long.compare(x.value, y.value);
        }
        return x.toBigInteger().compareTo(y.toBigInteger());
    }

    /** {@code x op y} for the NB_* operator (not in-place), or null when not an int operation. */
    public static PyObject binary(PyInt x, PyInt y, int op) {
        if (x.big == null && y.big == null) {
            long a = x.value, b = y.value;
            switch (op) {
                case 0: {
                    long r = a + b;
                    if (((a ^ r) & (b ^ r)) < 0) {
                        break;
                    }
                    return PyInt.of(r);
                }
                case 10: {
                    long r = a - b;
                    if (((a ^ b) & (a ^ r)) < 0) {
                        break;
                    }
                    return PyInt.of(r);
                }
                case 5: {
                    long hi = Math.multiplyHigh(a, b);
                    long lo = a * b;
                    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                        return PyInt.of(lo);
                    }
                    break;
                }
                case 2:
                    if (b == 0) {
                        throw PyErr.zeroDivision("integer division or modulo by zero");
                    }
                    if (a == Long.MIN_VALUE && b == -1) {
                        break;
                    }
                    return PyInt.of(Math.floorDiv(a, b));
                case 6:
                    if (b == 0) {
                        throw PyErr.zeroDivision("integer modulo by zero");
                    }
                    if (b == -1) {
                        return PyInt.ZERO;
                    }
                    return PyInt.of(Math.floorMod(a, b));
                case 1:
                    return x instanceof PyBool && y instanceof PyBool ? PyBool.of((a & b) != 0) : PyInt.of(a & b);
                case 7:
                    return x instanceof PyBool && y instanceof PyBool ? PyBool.of((a | b) != 0) : PyInt.of(a | b);
                case 12:
                    return x instanceof PyBool && y instanceof PyBool ? PyBool.of((a ^ b) != 0) : PyInt.of(a ^ b);
                case 9:
                    if (b < 0) {
                        throw PyErr.valueError("negative shift count");
                    }
                    return PyInt.of(b >= 64 ? (a < 0 ? -1 : 0) : a >> b);
                case 3:
                    if (b < 0) {
                        throw PyErr.valueError("negative shift count");
                    }
                    if (a == 0) {
                        return PyInt.ZERO;
                    }
                    if (b < 63 && (a << b) >> b == a) {
                        return PyInt.of(a << b);
                    }
                    break;
                case 11:
                    return trueDivide(x, y);
                default:
                    break;
            }
        }
        return binaryBig(x, y, op);
    }

    private static PyObject binaryBig(PyInt x, PyInt y, int op) {
        BigInteger a = x.toBigInteger(), b = y.toBigInteger();
        switch (op) {
            case 0:
                return PyInt.of(a.add(b));
            case 10:
                return PyInt.of(a.subtract(b));
            case 5:
                if ((long) a.bitLength() + b.bitLength() > MAX_BITS) {
                    throw PyErr.memoryError();
                }
                return PyInt.of(a.multiply(b));
            case 2:
                if (b.signum() == 0) {
                    throw PyErr.zeroDivision("integer division or modulo by zero");
                }
                return PyInt.of(floorDiv(a, b));
            case 6:
                if (b.signum() == 0) {
                    throw PyErr.zeroDivision("integer modulo by zero");
                }
                return PyInt.of(a.subtract(floorDiv(a, b).multiply(b)));
            case 1:
                return PyInt.of(a.and(b));
            case 7:
                return PyInt.of(a.or(b));
            case 12:
                return PyInt.of(a.xor(b));
            case 3: {
                if (b.signum() < 0) {
                    throw PyErr.valueError("negative shift count");
                }
                if (a.signum() == 0) {
                    return PyInt.ZERO;
                }
                if (b.bitLength() > 31 || a.bitLength() + b.longValue() > MAX_BITS) {
                    throw PyErr.overflow("too many digits in integer");
                }
                return PyInt.of(a.shiftLeft(b.intValue()));
            }
            case 9: {
                if (b.signum() < 0) {
                    throw PyErr.valueError("negative shift count");
                }
                if (b.bitLength() > 31) {
                    return PyInt.of(a.signum() < 0 ? -1 : 0);
                }
                return PyInt.of(a.shiftRight(b.intValue()));
            }
            case 8:
                return power(x, y);
            case 11:
                return trueDivide(x, y);
            default:
                return null;
        }
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    public static PyObject trueDivide(PyInt x, PyInt y) {
        if (y.signum() == 0) {
            throw PyErr.zeroDivision("division by zero");
        }
        if (x.big == null && y.big == null && Math.abs(x.value) < (1L << 53) && Math.abs(y.value) < (1L << 53)) {
            return PyFloat.of((double) x.value / (double) y.value);
        }
        if (x.signum() == 0) { // BigDecimal has no negative zero: 0 / -big is -0.0, as in CPython
            return PyFloat.of(y.signum() < 0 ? -0.0 : 0.0);
        }
        BigDecimal q = new BigDecimal(x.toBigInteger()).divide(new BigDecimal(y.toBigInteger()),
                new MathContext(40, RoundingMode.HALF_EVEN));
        double d = q.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErr.overflow("integer division result too large for a float");
        }
        return PyFloat.of(d);
    }

    public static PyObject power(PyInt x, PyInt y) {
        if (y.signum() < 0) {
            double bx = x.toDouble();
            if (bx == 0) {
                throw PyErr.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return PyFloat.of(Math.pow(bx, y.toDouble()));
        }
        BigInteger a = x.toBigInteger();
        if (a.signum() == 0 || a.equals(BigInteger.ONE)) {
            return y.signum() == 0 ? PyInt.ONE : x;
        }
        if (a.equals(BigInteger.ONE.negate())) {
            return y.toBigInteger().testBit(0) ? PyInt.MINUS_ONE : PyInt.ONE;
        }
        if (y.big != null || y.value * (long) a.bitLength() > MAX_BITS) {
            throw PyErr.memoryError();
        }
        if (x.big == null) {
            long base = x.value, e = y.value, r = 1;
            boolean ok = true;
            while (e > 0 && ok) {
                if ((e & 1) != 0) {
                    long hi = Math.multiplyHigh(r, base);
                    long lo = r * base;
                    ok = (hi == 0 && lo >= 0) || (hi == -1 && lo < 0);
                    r = lo;
                }
                e >>= 1;
                if (e > 0 && ok) {
                    long hi = Math.multiplyHigh(base, base);
                    long lo = base * base;
                    ok = hi == 0 && lo >= 0;
                    base = lo;
                }
            }
            if (ok) {
                return PyInt.of(r);
            }
        }
        return PyInt.of(a.pow((int) y.value));
    }

    /** Three-argument pow. */
    public static PyObject powMod(PyInt x, PyInt y, PyInt m) {
        if (m.signum() == 0) {
            throw PyErr.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger mod = m.toBigInteger();
        BigInteger r;
        try {
            r = x.toBigInteger().modPow(y.toBigInteger(), mod.abs());
        } catch (ArithmeticException e) {
            throw PyErr.valueError("base is not invertible for the given modulus");
        }
        if (mod.signum() < 0 && r.signum() != 0) {
            r = r.add(mod);
        }
        return PyInt.of(r);
    }

    public static PyObject negate(PyInt i) {
        if (i.big == null && i.value != Long.MIN_VALUE) {
            return PyInt.of(-i.value);
        }
        return PyInt.of(i.toBigInteger().negate());
    }

    public static PyObject invert(PyInt i) {
        if (i.big == null) {
            return PyInt.of(~i.value);
        }
        return PyInt.of(i.toBigInteger().not());
    }

    /** {@code int(str, base)}. */
    public static PyInt parse(String text, int base) {
        String s = text.strip();
        String orig = text;
        boolean neg = false;
        int i = 0;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            neg = s.charAt(0) == '-';
            i = 1;
        }
        String body = s.substring(i);
        if (base == 0 || base == 16 || base == 8 || base == 2) {
            String low = body.toLowerCase();
            int pb = 0;
            if (low.startsWith("0x")) {
                pb = 16;
            } else if (low.startsWith("0o")) {
                pb = 8;
            } else if (low.startsWith("0b")) {
                pb = 2;
            }
            if (pb != 0 && (base == 0 || base == pb)) {
                base = pb;
                body = body.substring(2);
                if (body.startsWith("_")) {
                    body = body.substring(1);
                }
            } else if (base == 0) {
                base = 10;
                if (body.length() > 1 && body.chars().allMatch(c -> c == '0' || c == '_') == false
                        && body.startsWith("0")) {
                    throw invalid(orig, 0);
                }
            }
        }
        if (body.isEmpty() || body.startsWith("_") || body.endsWith("_") || body.contains("__")) {
            throw invalid(orig, base);
        }
        String digits = body.replace("_", "");
        for (int k = 0; k < digits.length(); k++) {
            if (Character.digit(digits.charAt(k), base) < 0) {
                throw invalid(orig, base);
            }
        }
        if (digits.length() > 4300 && base == 10) {
            throw PyErr.valueError("Exceeds the limit (4300 digits) for integer string conversion: value has "
                    + digits.length() + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        BigInteger v = new BigInteger(digits, base);
        return PyInt.of(neg ? v.negate() : v);
    }

    private static RuntimeException invalid(String s, int base) {
        return PyErr.valueError("invalid literal for int() with base " + base + ": " + Reprs.strRepr(s));
    }

    /** {@code int(x)} for a float. */
    public static PyInt fromDouble(double d) {
        if (Double.isNaN(d)) {
            throw PyErr.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyErr.overflow("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.0e18) {
            return PyInt.of((long) d);
        }
        return PyInt.of(new BigDecimal(d).toBigInteger());
    }

    public static PyObject bitLength(PyInt i) {
        if (i.big == null) {
            long v = Math.abs(i.value);
            return PyInt.of(i.value == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(v));
        }
        return PyInt.of(i.big.abs().bitLength());
    }

    /** Formats in base 2, 8 or 16 with the Python prefix ({@code bin}, {@code oct}, {@code hex}). */
    public static PyStr toBase(PyInt i, int base, String prefix) {
        BigInteger v = i.toBigInteger();
        String digits = v.abs().toString(base);
        return PyStr.of((v.signum() < 0 ? "-" : "") + prefix + digits);
    }

    static RuntimeException tooLarge() {
        return PyErr.of(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
    }
}
