package dev.tiercel.stdlib.accel.itertools;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyException;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;

/**
 * {@code itertools.islice(iterable, [start,] stop[, step])}, as CPython's C version: items before {@code start} are
 * consumed even when {@code stop} is smaller, and the argument checks give its messages in its order.
 */
final class Islice extends IterType {
    static final PyType TYPE = define("islice");
    private static final String STOP = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    private static final String INDICES = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    private static final String STEP = "Step for islice() must be a positive integer or None.";

    static {
        TYPE.factory = Islice::create;
    }

    private PyObject it;
    private long next;
    private final long stop;
    private final long step;
    private long count;

    private Islice(PyType type, PyObject it, long start, long stop, long step) {
        super(type);
        this.it = it;
        this.next = start;
        this.stop = stop;
        this.step = step;
    }

    /** An index argument as Py_ssize_t, or -1 when it is not one (the C code clears the error the same way). */
    private static long ssize(PyObject o) {
        try {
            return Ops.index(o);
        } catch (PyException e) {
            return -1;
        }
    }

    private static PyObject create(PyType t, PyObject[] a, String[] k) {
        if (k != null && k.length > 0 && (t == TYPE || t.lookup("__init__") == PyTypes.OBJECT.lookup("__init__"))) {
            throw PyErr.typeError("islice() takes no keyword arguments");
        }
        int n = a.length - (k == null ? 0 : k.length);
        if (n < 2 || n > 4) {
            throw PyErr.typeError("islice expected " + (n < 2 ? "at least 2" : "at most 4") + " arguments, got " + n);
        }
        long start = 0;
        long stop = -1;
        long step = 1;
        PyObject stopArg = n == 2 ? a[1] : a[2];
        if (n > 2 && a[1] != PyNone.INSTANCE) {
            start = ssize(a[1]);
        }
        if (stopArg != PyNone.INSTANCE) {
            stop = ssize(stopArg);
            if (stop == -1) {
                throw PyErr.valueError(STOP);
            }
        }
        if (start < 0 || stop < -1) {
            throw PyErr.valueError(INDICES);
        }
        if (n == 4 && a[3] != PyNone.INSTANCE) {
            step = ssize(a[3]);
        }
        if (step < 1) {
            throw PyErr.valueError(STEP);
        }
        return new Islice(t, Ops.iter(a[0]), start, stop, step);
    }

    @Override
    public PyObject next() {
        if (it == null) {
            return null;
        }
        while (count < next) {
            if (Ops.next(it) == null) {
                it = null;
                return null;
            }
            count++;
        }
        if (stop != -1 && count >= stop) {
            it = null;
            return null;
        }
        PyObject item = Ops.next(it);
        if (item == null) {
            it = null;
            return null;
        }
        count++;
        long old = next;
        next += step;
        if (next < old || (stop != -1 && next > stop)) {
            next = stop;
        }
        return item;
    }
}
