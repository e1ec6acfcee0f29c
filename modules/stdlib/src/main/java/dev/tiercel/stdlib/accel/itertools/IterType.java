package dev.tiercel.stdlib.accel.itertools;

import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyIterator;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.stdlib.accel.Natives;

/** Common parts of the itertools types here: the type object with the iterator protocol, and instances' type. */
abstract class IterType extends PyIterator {
    private final PyType type;
    private java.util.Map<String, PyObject> dict;

    IterType(PyType type) {
        this.type = type;
    }

    /** An {@code itertools.NAME} type whose instances are Java iterators. */
    static PyType define(String name) {
        PyType t = Natives.type("itertools", name);
        Natives.method(t, "__iter__", (a, k) -> a[0]);
        Natives.method(t, "__next__", (a, k) -> {
            PyObject v = ((PyIterator) a[0]).next();
            if (v == null) {
                throw PyErr.stopIteration(PyNone.INSTANCE);
            }
            return v;
        });
        return t;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public java.util.Map<String, PyObject> instanceDict() {
        if (dict == null && type.heap) {
            dict = new dev.tiercel.runtime.object.AttrMap(new dev.tiercel.runtime.object.PyDict());
        }
        return dict;
    }
}
