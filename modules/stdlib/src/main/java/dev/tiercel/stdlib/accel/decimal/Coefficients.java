package dev.tiercel.stdlib.accel.decimal;

import dev.tiercel.runtime.object.PyInt;
import java.math.BigInteger;

/**
 * Arithmetic on non-negative coefficients held as Python ints: in {@code long} while the values fit (money-sized
 * numbers always do), in {@link BigInteger} past that, with the results decimal.py's integer code gives.
 */
final class Coefficients {
    private Coefficients() {}

    /** 10**0 .. 10**18, every power of ten a long holds. */
    private static final long[] POW10 = new long[19];

    static {
        long p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    /** The number of decimal digits of {@code c} (1 for zero), as {@code len(str(c))}. */
    static int digits(PyInt c) {
        if (c.big == null) {
            long v = c.value;
            int d = 1;
            while (d < POW10.length && v >= POW10[d]) {
                d++;
            }
            return d;
        }
        BigInteger b = c.big;
        int estimate = (int) ((b.bitLength() - 1) * 0.30102999566398120) + 1; // never above the true count
        return b.compareTo(BigInteger.TEN.pow(estimate)) >= 0 ? estimate + 1 : estimate;
    }

    /** {@code c * 10**n} for n >= 0. */
    static PyInt scale(PyInt c, int n) {
        if (n == 0) {
            return c;
        }
        if (c.big == null && n < POW10.length) {
            long hi = Math.multiplyHigh(c.value, POW10[n]);
            long lo = c.value * POW10[n];
            if (hi == 0 && lo >= 0) {
                return PyInt.of(lo);
            }
        }
        return PyInt.of(c.toBigInteger().multiply(BigInteger.TEN.pow(n)));
    }

    /** {@code c // 10}. */
    static PyInt scaleDown(PyInt c) {
        return c.big == null ? PyInt.of(c.value / 10) : PyInt.of(c.big.divide(BigInteger.TEN));
    }

    static PyInt multiply(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long hi = Math.multiplyHigh(a.value, b.value);
            long lo = a.value * b.value;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return PyInt.of(lo);
            }
        }
        return PyInt.of(a.toBigInteger().multiply(b.toBigInteger()));
    }

    /** {@code a + b} of signed values. */
    static PyInt add(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value + b.value;
            if (((a.value ^ r) & (b.value ^ r)) >= 0) {
                return PyInt.of(r);
            }
        }
        return PyInt.of(a.toBigInteger().add(b.toBigInteger()));
    }

    static PyInt negate(PyInt a) {
        if (a.big == null && a.value != Long.MIN_VALUE) {
            return PyInt.of(-a.value);
        }
        return PyInt.of(a.toBigInteger().negate());
    }

    static int compare(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return Long.compare(a.value, b.value);
        }
        return a.toBigInteger().compareTo(b.toBigInteger());
    }

    static boolean isZero(PyInt c) {
        return c.big == null && c.value == 0;
    }

    /** The result of dropping digits: the kept coefficient and whether a non-zero remainder was dropped. */
    record Dropped(PyInt coefficient, boolean inexact) {}

    /**
     * {@code coef} with its last {@code drop} digits removed under {@code rounding} (decimal.py's
     * {@code _round_coefficient}); {@code negative} is the number's sign, for the directed modes.
     */
    static Dropped round(boolean negative, PyInt coef, int drop, Rounding rounding) {
        if (drop <= 0) {
            return new Dropped(coef, false);
        }
        if (coef.big == null && drop < POW10.length) {
            long unit = POW10[drop];
            long kept = coef.value / unit;
            long rest = coef.value % unit;
            if (rest == 0) {
                return new Dropped(PyInt.of(kept), false);
            }
            int half = Long.compare(rest, unit / 2);
            return new Dropped(PyInt.of(rounding.awayFromZero(negative, half, (kept & 1) == 1, kept % 5 == 0)
                    ? kept + 1 : kept), true);
        }
        if (coef.big == null) { // more digits dropped than a long has: everything goes
            return coef.value == 0 ? new Dropped(coef, false)
                    : new Dropped(rounding.awayFromZero(negative, -1, false, true) ? PyInt.ONE : PyInt.ZERO, true);
        }
        BigInteger unit = BigInteger.TEN.pow(drop);
        BigInteger[] qr = coef.big.divideAndRemainder(unit);
        if (qr[1].signum() == 0) {
            return new Dropped(PyInt.of(qr[0]), false);
        }
        int half = qr[1].compareTo(unit.shiftRight(1));
        boolean up = rounding.awayFromZero(negative, half, qr[0].testBit(0),
                qr[0].mod(BigInteger.valueOf(5)).signum() == 0);
        return new Dropped(PyInt.of(up ? qr[0].add(BigInteger.ONE) : qr[0]), true);
    }
}
