package dev.tiercel.runtime.object;

/** Python's {@code slice}. */
public final class PySlice extends PyObject {
    public final PyObject start, stop, step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    /** Resolves against a sequence length: {start, stop, step, count} as in {@code slice.indices}. */
    public long[] indices(long len) {
        long st = step == PyNone.INSTANCE ? 1 : Ops.index(step);
        if (st == 0) {
            throw PyErr.valueError("slice step cannot be zero");
        }
        long lower = st < 0 ? -1 : 0;
        long upper = st < 0 ? len - 1 : len;
        long a, b;
        if (start == PyNone.INSTANCE) {
            a = st < 0 ? upper : lower;
        } else {
            a = Ops.index(start);
            if (a < 0) {
                a = Math.max(a + len, lower);
            } else {
                a = Math.min(a, upper);
            }
        }
        if (stop == PyNone.INSTANCE) {
            b = st < 0 ? lower : upper;
        } else {
            b = Ops.index(stop);
            if (b < 0) {
                b = Math.max(b + len, lower);
            } else {
                b = Math.min(b, upper);
            }
        }
        long n;
        if (st > 0) {
            n = a < b ? (b - a - 1) / st + 1 : 0;
        } else {
            n = a > b ? (a - b - 1) / (-st) + 1 : 0;
        }
        return new long[] {a, b, st, n};
    }

    @Override
    public PyType type() {
        return PyTypes.SLICE;
    }
}
