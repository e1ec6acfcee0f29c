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

    static {
        for (int i = SMALL_MIN; i <= SMALL_MAX; i++) {
            SMALL[i - SMALL_MIN] = new PyInt(i, null);
        }
    }

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
        if (v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0) {
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

    @Override
    public PyType type() {
        return PyTypes.INT;
    }

    @Override
    public String toString() {
        return big != null ? big.toString() : Long.toString(value);
    }
}
