package dev.tiercel.runtime.object;

import java.math.BigInteger;

/**
 * Python's unbounded {@code int}. Values that fit in a {@code long} keep {@link #big} null so the common case
 * costs no {@link BigInteger}; -5..256 are cached like CPython's small ints.
 */
public class PyInt extends PyObject {
    private static final int SMALL_MIN = -5, SMALL_MAX = 256;
    private static final PyInt[] SMALL = new PyInt[SMALL_MAX - SMALL_MIN + 1];
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    /** CPython's hash modulus for numbers, 2**61 - 1. */
    public static final long HASH_MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(HASH_MODULUS);

    static {
        for (int i = SMALL_MIN; i <= SMALL_MAX; i++) {
            SMALL[i - SMALL_MIN] = new PyInt(i, null);
        }
    }

    public static final PyInt ZERO = of(0), ONE = of(1), MINUS_ONE = of(-1);

    /** The value when {@link #big} is null. */
    public final long value;
    /** The value when it does not fit in a long; otherwise null. */
    public final BigInteger big;

    protected PyInt(long value, BigInteger big) {
        this.value = value;
        this.big = big;
    }

    public static PyInt of(long v) {
        if (v >= SMALL_MIN && v <= SMALL_MAX) {
            return SMALL[(int) v - SMALL_MIN];
        }
        return new PyInt(v, null);
    }

    public static PyInt of(BigInteger v) {
        if (v.bitLength() < 64) {
            return of(v.longValue());
        }
        return new PyInt(0, v);
    }

    public boolean isSmall() {
        return big == null;
    }

    public BigInteger toBigInteger() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    /** The sign: -1, 0 or 1. */
    public int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    /** As a double, raising OverflowError when too large. */
    public double toDouble() {
        if (big == null) {
            return value;
        }
        double d = big.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErr.overflow("int too large to convert to float");
        }
        return d;
    }

    /** Python's hash of an integer. */
    public long hash() {
        long h;
        if (big == null) {
            if (value > -HASH_MODULUS && value < HASH_MODULUS) {
                h = value;
            } else {
                h = hashBig(BigInteger.valueOf(value));
            }
        } else {
            h = hashBig(big);
        }
        return h == -1 ? -2 : h;
    }

    private static long hashBig(BigInteger b) {
        long r = b.abs().mod(BIG_MODULUS).longValue();
        return b.signum() < 0 ? -r : r;
    }

    @Override
    public PyType type() {
        return PyTypes.INT;
    }

    @Override
    public String toString() {
        return big != null ? big.toString() : Long.toString(value);
    }
}
