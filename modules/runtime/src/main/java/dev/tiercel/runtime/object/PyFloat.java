package dev.tiercel.runtime.object;

/** Python's {@code float}: an IEEE double. */
public class PyFloat extends PyObject {
    public final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    public static PyFloat of(double v) {
        return new PyFloat(v);
    }

    @Override
    public PyType type() {
        return PyTypes.FLOAT;
    }

    /** CPython's hash of a double (equal to the int hash for integral values). */
    public static long hash(double v) {
        if (Double.isNaN(v)) {
            return 0;
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        if (v == Math.rint(v) && Math.abs(v) < 9.0e18) {
            return PyInt.of((long) v).hash();
        }
        final int bits = 61;
        final long mod = PyInt.HASH_MODULUS;
        int sign = 1;
        double m = v;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        // frexp: m = f * 2**e with 0.5 <= f < 1
        int e = Math.getExponent(m) + 1;
        double f = m / Math.scalb(1.0, e);
        if (f >= 1.0) {
            f /= 2;
            e++;
        } else if (f < 0.5 && f > 0) {
            while (f < 0.5) {
                f *= 2;
                e--;
            }
        }
        long x = 0;
        while (f != 0) {
            x = ((x << 28) & mod) | (x >>> (bits - 28));
            f *= 268435456.0;
            e -= 28;
            long y = (long) f;
            f -= y;
            x += y;
            if (x >= mod) {
                x -= mod;
            }
        }
        e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits);
        x = ((x << e) & mod) | (x >>> (bits - e));
        x = x * sign;
        return x == -1 ? -2 : x;
    }
}
