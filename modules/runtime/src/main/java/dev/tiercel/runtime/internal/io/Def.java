package dev.tiercel.runtime.internal.io;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyDescriptors.GetSet;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyType;
import java.util.function.Function;

/** Installs methods and getters on the _io classes, and reads their size arguments. */
final class Def {
    private Def() {}

    /** A method with between min and max positional arguments after self. */
    static void method(PyType t, String name, int min, int max, PyBuiltinFunction.Body body) {
        t.dict.put(name, new PyBuiltinFunction(name, (a, k) -> {
            Args.check(name, a, k, min + 1, max + 1);
            return body.call(a, k);
        }, true, t.name()));
    }

    static void getter(PyType t, String name, Function<PyObject, PyObject> get) {
        t.dict.put(name, new GetSet(name, get, null));
    }

    /** An optional size argument: -1 when absent or None. */
    static long size(PyObject[] a, int i) {
        if (a.length <= i || a[i] == PyNone.INSTANCE) {
            return -1;
        }
        return Ops.index(a[i]);
    }

    /** A text read's size: an int or None, as CPython words the error. */
    static long textSize(PyObject[] a, int i) {
        if (a.length <= i || a[i] == PyNone.INSTANCE) {
            return -1;
        }
        if (!(a[i] instanceof PyInt) && Ops.getattrOrNull(a[i].type(), "__index__") == null) {
            throw PyErr.typeError("argument should be integer or None, not '" + a[i].type().name() + "'");
        }
        return Ops.index(a[i]);
    }
}
