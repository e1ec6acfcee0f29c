package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyJavaIterator;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyRange;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import java.math.BigInteger;

/** A {@code range} whose bounds do not fit in a long (rare; the common case is {@link PyRange}). */
final class BigRange extends PyObject {
    final BigInteger start, stop, step, length;

    BigRange(BigInteger start, BigInteger stop, BigInteger step) {
        if (step.signum() == 0) {
            throw PyErr.valueError("range() arg 3 must not be zero");
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
        BigInteger span = step.signum() > 0 ? stop.subtract(start) : start.subtract(stop);
        BigInteger st = step.abs();
        this.length = span.signum() <= 0 ? BigInteger.ZERO : span.add(st).subtract(BigInteger.ONE).divide(st);
    }

    @Override
    public PyType type() {
        return PyTypes.RANGE;
    }

    static BigInteger big(PyObject o) {
        if (o instanceof PyInt i) {
            return i.toBigInteger();
        }
        return BigInteger.valueOf(Ops.index(o));
    }

    /** {@code range(...)}: a PyRange when everything fits in a long, else a BigRange. */
    static PyObject make(PyObject[] a) {
        BigInteger s = BigInteger.ZERO, e, st = BigInteger.ONE;
        if (a.length == 1) {
            e = big(a[0]);
        } else {
            s = big(a[0]);
            e = big(a[1]);
            if (a.length > 2) {
                st = big(a[2]);
            }
        }
        if (s.bitLength() < 63 && e.bitLength() < 63 && st.bitLength() < 63) {
            return new PyRange(s.longValue(), e.longValue(), st.longValue());
        }
        return new BigRange(s, e, st);
    }

    static void install() {
        PyType t = PyTypes.RANGE;
        Reg.method(t, "__iter__", 0, 0, (a, k) -> {
            if (a[0] instanceof PyRange r) {
                return Ops.iter(r);
            }
            BigRange r = (BigRange) a[0];
            BigInteger[] cur = {r.start};
            BigInteger[] left = {r.length};
            return new PyJavaIterator("longrange_iterator", () -> {
                if (left[0].signum() <= 0) {
                    return null;
                }
                PyObject v = PyInt.of(cur[0]);
                cur[0] = cur[0].add(r.step);
                left[0] = left[0].subtract(BigInteger.ONE);
                return v;
            });
        });
        Reg.method(t, "__len__", 0, 0, (a, k) -> {
            BigInteger n = a[0] instanceof BigRange r ? r.length : BigInteger.valueOf(((PyRange) a[0]).length);
            if (n.bitLength() >= 63) {
                throw PyErr.of(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
            }
            return PyInt.of(n);
        });
        Reg.method(t, "__repr__", 0, 0, (a, k) -> {
            BigRange r = (BigRange) a[0];
            return PyStr.of("range(" + r.start + ", " + r.stop + (r.step.equals(BigInteger.ONE) ? "" : ", " + r.step)
                    + ")");
        });
        Reg.method(t, "__contains__", 1, 1, (a, k) -> {
            BigRange r = (BigRange) a[0];
            if (!(a[1] instanceof PyInt i)) {
                return PyBool.FALSE;
            }
            BigInteger v = i.toBigInteger();
            BigInteger off = v.subtract(r.start);
            boolean inside = r.step.signum() > 0 ? v.compareTo(r.start) >= 0 && v.compareTo(r.stop) < 0
                    : v.compareTo(r.start) <= 0 && v.compareTo(r.stop) > 0;
            return PyBool.of(inside && off.mod(r.step.abs()).signum() == 0);
        });
        Reg.method(t, "__getitem__", 1, 1, (a, k) -> {
            BigRange r = (BigRange) a[0];
            BigInteger i = big(a[1]);
            if (i.signum() < 0) {
                i = i.add(r.length);
            }
            if (i.signum() < 0 || i.compareTo(r.length) >= 0) {
                throw PyErr.indexError("range object index out of range");
            }
            return PyInt.of(r.start.add(i.multiply(r.step)));
        });
    }
}
