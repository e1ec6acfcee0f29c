package dev.tiercel.stdlib.accel.functools;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.stdlib.accel.Natives;

/**
 * {@code functools.KeyWrapper}, what {@code cmp_to_key(mycmp)} returns: called with an object it wraps it in a new
 * KeyWrapper whose comparisons are {@code mycmp(a, b) <op> 0}. Unhashable, as in CPython.
 */
final class KeyWrapper extends PyObject {
    static final PyType TYPE = Natives.type("functools", "KeyWrapper");

    static {
        TYPE.dict.put("__hash__", PyNone.INSTANCE);
        Natives.method(TYPE, "__call__", (a, k) -> {
            KeyWrapper self = (KeyWrapper) a[0];
            int npos = a.length - 1 - (k == null ? 0 : k.length);
            if (a.length - 1 > 1) {
                throw PyErr.typeError("K() takes at most 1 argument (" + (a.length - 1) + " given)");
            }
            PyObject obj = npos == 1 ? a[1] : null;
            if (k != null && k.length == 1) {
                if (!k[0].equals("obj")) {
                    throw PyErr.typeError("K() got an unexpected keyword argument '" + k[0] + "'");
                }
                obj = a[1];
            }
            if (obj == null) {
                throw PyErr.typeError("K() missing required argument 'obj' (pos 1)");
            }
            return new KeyWrapper(self.cmp, obj);
        });
        TYPE.dict.put("obj", new dev.tiercel.runtime.object.PyDescriptors.GetSet("obj", o -> {
            PyObject v = ((KeyWrapper) o).obj;
            if (v == null) {
                throw PyErr.attributeError("obj");
            }
            return v;
        }, null));
        String[] names = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int op = Ops.LT; op <= Ops.GE; op++) {
            int which = op;
            Natives.method(TYPE, names[op], (a, k) -> compare(a[0], a[1], which));
        }
    }

    final PyObject cmp;
    final PyObject obj;

    KeyWrapper(PyObject cmp, PyObject obj) {
        this.cmp = cmp;
        this.obj = obj;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyObject compare(PyObject a, PyObject b, int op) {
        if (!(b instanceof KeyWrapper other) || !(a instanceof KeyWrapper self)) {
            throw PyErr.typeError("other argument must be K instance");
        }
        if (self.obj == null || other.obj == null) {
            throw PyErr.attributeError("object");
        }
        PyObject r = Ops.call(self.cmp, self.obj, other.obj);
        return Ops.richCompare(r, PyInt.ZERO, op);
    }
}
