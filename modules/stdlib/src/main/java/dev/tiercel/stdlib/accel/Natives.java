package dev.tiercel.stdlib.accel;

import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyDescriptors;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import java.util.function.Function;

/**
 * Helpers shared by the accelerator modules ({@code _heapq}, {@code _json}, ...): defining functions, types and
 * methods, and the argument checks of CPython's C functions with their messages.
 */
public final class Natives {
    private Natives() {}

    /** Defines a module-level function. */
    public static void function(PyModule m, String name, PyBuiltinFunction.Body body) {
        m.set(name, new PyBuiltinFunction(name, body, false, m.name()));
    }

    /** A builtin (non-heap) type deriving from object, shown as {@code module.name}. */
    public static PyType type(String module, String name) {
        PyType t = new PyType(name, new PyType[] {PyTypes.OBJECT}, false);
        t.module = module;
        t.extension = true;
        return t;
    }

    /** Defines a method of a builtin type: {@code args[0]} is self. */
    public static void method(PyType t, String name, PyBuiltinFunction.Body body) {
        t.dict.put(name, new PyBuiltinFunction(name, body, true, t.name()));
    }

    /** A read-only attribute of a builtin type: assigning or deleting it raises AttributeError({@code message}). */
    public static PyDescriptors.GetSet readOnly(String name, Function<PyObject, PyObject> getter, String message) {
        return new PyDescriptors.GetSet(name, getter, (o, v) -> {
            throw PyErr.attributeError(message);
        });
    }

    /** The number of positional arguments, failing when there are keywords ({@code f() takes no keyword ...}). */
    public static int positional(String fname, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError(fname + "() takes no keyword arguments");
        }
        return args.length;
    }

    /** Checks a fixed positional count: {@code fname expected 2 arguments, got 1} (Argument Clinic's words). */
    public static void expect(String fname, PyObject[] args, String[] kwnames, int min, int max) {
        int n = positional(fname, args, kwnames);
        if (n < min || n > max) {
            String count = min == max ? String.valueOf(min) : n < min ? "at least " + min : "at most " + max;
            int shown = n < min ? min : max;
            throw PyErr.typeError(fname + " expected " + count + " argument" + (shown == 1 ? "" : "s")
                    + ", got " + n);
        }
    }

    /** A METH_O function's check: {@code qualname() takes exactly one argument (n given)}. */
    public static void exactlyOne(String qualname, PyObject[] args, String[] kwnames) {
        int n = positional(qualname.substring(qualname.lastIndexOf('.') + 1), args, kwnames);
        if (n != 1) {
            throw PyErr.typeError(qualname + "() takes exactly one argument (" + n + " given)");
        }
    }
}
