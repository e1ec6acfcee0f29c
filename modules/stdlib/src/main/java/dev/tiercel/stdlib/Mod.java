package dev.tiercel.stdlib;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyObject;
import java.util.function.DoubleUnaryOperator;

/** Helpers for defining module functions. */
final class Mod {
    private Mod() {}

    static void fn(PyModule m, String name, PyBuiltinFunction.Body body) {
        m.set(name, new PyBuiltinFunction(name, body, false, m.name()));
    }

    static void fn1(PyModule m, String name, DoubleUnaryOperator f) {
        fn(m, name, (a, k) -> {
            Args.check(name, a, k, 1, 1);
            double x = toDouble(a[0]);
            double r = f.applyAsDouble(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) {
                throw PyErr.valueError("math domain error");
            }
            if (Double.isInfinite(r) && Double.isFinite(x)) {
                throw PyErr.overflow("math range error");
            }
            return PyFloat.of(r);
        });
    }

    static double toDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt i) {
            return i.toDouble();
        }
        PyObject f = o.type().lookup("__float__");
        if (f != null) {
            return ((PyFloat) Ops.callMethod(f, o)).value;
        }
        throw PyErr.typeError("must be real number, not " + o.type().name());
    }
}
