package dev.tiercel.stdlib.accel.decimal;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBaseException;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;

/**
 * The names of decimal.py the accelerator works with, bound once by {@code _decimal_core._bind(globals())} at the
 * end of decimal.py: the {@code Decimal} class (results are its instances), {@code _PyDecimalBase} (whose Python
 * methods handle every case the accelerator leaves to them), {@code _parts} (construction from any value), the
 * signals it raises, and the namespace whose {@code _current} is the thread's context.
 */
record DecimalModule(PyDict globals, PyType decimal, PyType pythonBase, PyObject parts, PyObject rounded,
        PyObject inexact) {

    private static volatile DecimalModule bound;

    static void bind(PyObject namespace) {
        if (!(namespace instanceof PyDict g)) {
            throw PyErr.typeError("_bind() needs the decimal module's namespace");
        }
        bound = new DecimalModule(g, (PyType) name(g, "Decimal"), (PyType) name(g, "_PyDecimalBase"),
                name(g, "_parts"), name(g, "Rounded"), name(g, "Inexact"));
    }

    private static PyObject name(PyDict g, String name) {
        PyObject v = g.getStr(name);
        if (v == null) {
            throw PyErr.systemError("_decimal_core._bind: decimal has no " + name);
        }
        return v;
    }

    static DecimalModule get() {
        DecimalModule m = bound;
        if (m == null) {
            throw PyErr.systemError("_decimal_core is used before decimal bound it");
        }
        return m;
    }

    /** decimal.py's Python method {@code name} of {@code _PyDecimalBase}, called with these arguments. */
    PyObject python(String name, PyObject[] args, String[] kwnames) {
        return Ops.call(pythonBase.dict.get(name), args, kwnames);
    }

    /** The context an operation uses: the one passed ({@code context or getcontext()}), or the current one. */
    PyObject context(PyObject given) {
        if (given != null && given != PyNone.INSTANCE && Ops.isTrue(given)) {
            return given;
        }
        PyObject current = globals.getStr("_current");
        if (current == null) {
            throw PyErr.nameError("_current");
        }
        return current;
    }

    /**
     * Records {@code signal} (a signal that is its own condition: {@code Rounded}, {@code Inexact}) in the
     * context's flags and raises {@code signal([signal])} when it is trapped, as {@code Context._raise} does; raised
     * from here, the traceback ends at the operation as CPython's C decimal's does. Contexts whose flags or traps
     * are not plain dicts go through {@code _raise}.
     */
    static void signal(PyObject context, PyObject signal) {
        PyObject flags = Ops.getattr(context, "flags");
        PyObject traps = Ops.getattr(context, "traps");
        if (!(flags instanceof PyDict f && f.type() == PyTypes.DICT && traps instanceof PyDict t
                && t.type() == PyTypes.DICT)) {
            Ops.call(Ops.getattr(context, "_raise"), signal);
            return;
        }
        f.put(signal, PyBool.TRUE);
        PyObject trapped = t.get(signal);
        if (trapped != null && Ops.isTrue(trapped)) {
            PyObject conditions = new PyList(new PyObject[] {signal}, 1);
            throw ((PyBaseException) Ops.call(signal, conditions)).toJava();
        }
    }
}
