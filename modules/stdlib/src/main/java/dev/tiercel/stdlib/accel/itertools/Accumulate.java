package dev.tiercel.stdlib.accel.itertools;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyType;

/** {@code itertools.accumulate(iterable, func=None, *, initial=None)}: running totals (or func results). */
final class Accumulate extends IterType {
    static final PyType TYPE = define("accumulate");

    static {
        TYPE.factory = (t, a, k) -> {
            PyObject[] bound = Bind.args("accumulate", a, k, new String[] {"iterable", "func"}, 1, "initial");
            PyObject func = bound[1] == null || bound[1] == PyNone.INSTANCE ? null : bound[1];
            PyObject initial = bound[2] == null ? PyNone.INSTANCE : bound[2];
            return new Accumulate(t, Ops.iter(bound[0]), func, initial);
        };
    }

    private final PyObject it;
    private final PyObject func;
    private PyObject initial;
    private PyObject total;

    private Accumulate(PyType type, PyObject it, PyObject func, PyObject initial) {
        super(type);
        this.it = it;
        this.func = func;
        this.initial = initial;
    }

    @Override
    public PyObject next() {
        if (initial != PyNone.INSTANCE) {
            total = initial;
            initial = PyNone.INSTANCE;
            return total;
        }
        PyObject v = Ops.next(it);
        if (v == null) {
            return null;
        }
        if (total == null) {
            total = v;
        } else {
            total = func == null ? Ops.binaryOp(total, v, Ops.NB_ADD) : Ops.call(func, total, v);
        }
        return total;
    }
}
