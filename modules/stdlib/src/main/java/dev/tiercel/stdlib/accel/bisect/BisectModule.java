package dev.tiercel.stdlib.accel.bisect;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyTypes;
import dev.tiercel.runtime.spi.BuiltinModuleProvider;
import dev.tiercel.stdlib.accel.Natives;

/**
 * {@code _bisect}, the accelerator {@code bisect.py} imports when present: binary search over any sequence
 * (a list's storage directly), comparisons with Python's {@code <}, CPython's argument rules ({@code hi=-1} means
 * the length, as {@code None} does) and messages.
 */
public final class BisectModule implements BuiltinModuleProvider {
    private static final String[] PARAMS = {"a", "x", "lo", "hi"};

    @Override
    public String moduleName() {
        return "_bisect";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_bisect");
        Natives.function(m, "bisect_left", (a, k) -> search("bisect_left", a, k, true));
        Natives.function(m, "bisect_right", (a, k) -> search("bisect_right", a, k, false));
        Natives.function(m, "insort_left", (a, k) -> insort("insort_left", a, k, true));
        Natives.function(m, "insort_right", (a, k) -> insort("insort_right", a, k, false));
        return m;
    }

    /** The bound arguments (a, x, lo, hi, key) of every function here. */
    private record Call(PyObject seq, PyObject x, long lo, long hi, PyObject key) {}

    private static Call bind(String fname, PyObject[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (args.length > 5) {
            throw PyErr.typeError(fname + "() takes at most 5 arguments (" + args.length + " given)");
        }
        if (npos > 4) {
            throw PyErr.typeError(fname + "() takes at most 4 positional arguments (" + npos + " given)");
        }
        PyObject[] bound = new PyObject[5];
        System.arraycopy(args, 0, bound, 0, npos);
        for (int i = 0; kwnames != null && i < kwnames.length; i++) {
            int slot = slotOf(kwnames[i]);
            if (slot < 0) {
                throw PyErr.typeError(fname + "() got an unexpected keyword argument '" + kwnames[i] + "'");
            }
            if (bound[slot] != null) {
                throw PyErr.typeError("argument for " + fname + "() given by name ('" + kwnames[i]
                        + "') and position (" + (slot + 1) + ")");
            }
            bound[slot] = args[npos + i];
        }
        for (int i = 0; i < 2; i++) {
            if (bound[i] == null) {
                throw PyErr.typeError(fname + "() missing required argument '" + PARAMS[i] + "' (pos " + (i + 1)
                        + ")");
            }
        }
        long lo = bound[2] == null ? 0 : Ops.index(bound[2]);
        long hi = -1;
        if (bound[3] != null && bound[3] != PyNone.INSTANCE) {
            if (!(bound[3] instanceof PyInt) && bound[3].type().lookup("__index__") == null) {
                throw PyErr.typeError("argument should be integer or None, not '" + bound[3].type().name() + "'");
            }
            hi = Ops.index(bound[3]);
        }
        return new Call(bound[0], bound[1], lo, hi, bound[4] == null ? PyNone.INSTANCE : bound[4]);
    }

    private static int slotOf(String name) {
        return switch (name) {
            case "a" -> 0;
            case "x" -> 1;
            case "lo" -> 2;
            case "hi" -> 3;
            case "key" -> 4;
            default -> -1;
        };
    }

    private static PyObject search(String fname, PyObject[] args, String[] kwnames, boolean left) {
        Call c = bind(fname, args, kwnames);
        return PyInt.of(find(c.seq, c.x, c.lo, c.hi, c.key, left));
    }

    private static PyObject insort(String fname, PyObject[] args, String[] kwnames, boolean left) {
        Call c = bind(fname, args, kwnames);
        long where = c.key == PyNone.INSTANCE ? find(c.seq, c.x, c.lo, c.hi, c.key, left)
                : find(c.seq, Ops.call(c.key, c.x), c.lo, c.hi, c.key, left);
        if (c.seq instanceof PyList l && l.type() == PyTypes.LIST) {
            l.insert((int) Math.min(where, l.size), c.x);
        } else {
            Ops.invoke(c.seq, "insert", PyInt.of(where), c.x);
        }
        return PyNone.INSTANCE;
    }

    /** The insertion point of {@code x} in {@code seq[lo:hi]}: before equal items when {@code left}. */
    static long find(PyObject seq, PyObject x, long lo, long hi, PyObject key, boolean left) {
        if (lo < 0) {
            throw PyErr.valueError("lo must be non-negative");
        }
        if (hi == -1) {
            hi = Ops.len(seq);
        }
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            PyObject item = itemAt(seq, mid);
            if (key != PyNone.INSTANCE) {
                item = Ops.call(key, item);
            }
            boolean goRight = left ? Ops.lessThan(item, x) : !Ops.lessThan(x, item);
            if (goRight) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static PyObject itemAt(PyObject seq, long i) {
        if (seq instanceof PyList l && l.type() == PyTypes.LIST) {
            if (i >= l.size) {
                throw PyErr.indexError("list index out of range");
            }
            return l.items[(int) i];
        }
        return Ops.getitem(seq, PyInt.of(i));
    }
}
