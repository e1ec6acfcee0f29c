package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.code.LineTable;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.Py;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyFrame;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;

/**
 * Frame objects as Python code sees them ({@code sys._getframe()}): {@code f_back}, {@code f_globals},
 * {@code f_locals}, {@code f_code}, {@code f_lineno}, {@code f_lasti}, {@code f_builtins}. {@code f_locals} of a
 * function frame is a snapshot of its fast locals (CPython 3.13 gives a write-through proxy).
 */
public final class FrameBuiltins {
    private FrameBuiltins() {}

    static void install() {
        PyType t = PyTypes.FRAME;
        Reg.getter(t, "f_back", x -> orNone(((PyFrame) x).caller()));
        Reg.getter(t, "f_globals", x -> ((PyFrame) x).globals);
        Reg.getter(t, "f_builtins", x -> ((PyFrame) x).builtins);
        Reg.getter(t, "f_code", x -> ((PyFrame) x).code);
        Reg.getter(t, "f_locals", x -> BuiltinsModule.localsOf((PyFrame) x));
        Reg.getter(t, "f_lasti", x -> PyInt.of(2L * ((PyFrame) x).lasti));
        Reg.getter(t, "f_lineno", x -> {
            int line = line((PyFrame) x);
            return line < 0 ? PyNone.INSTANCE : PyInt.of(line);
        });
        Reg.method(t, "__repr__", 0, 0, (a, k) -> {
            PyFrame f = (PyFrame) a[0];
            return PyStr.of("<frame at " + Ops.address(f) + ", file '" + f.code.filename + "', line " + line(f)
                    + ", code " + f.code.name + ">");
        });
    }

    private static int line(PyFrame f) {
        return LineTable.positionAt(f.code, f.lasti).line();
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.INSTANCE : o;
    }

    /** {@code sys._getframe(depth=0)}. */
    public static PyObject getframe(PyObject[] a, String[] k) {
        long depth = a.length > 0 ? Ops.index(a[0]) : 0;
        PyFrame f = Py.current;
        for (long i = 0; i < depth && f != null; i++) {
            f = f.caller();
        }
        if (f == null) {
            throw PyErr.valueError("call stack is not deep enough");
        }
        for (PyFrame g = f; g != null && !g.exposed; g = g.caller()) {
            g.exposed = true; // its f_back chain stays valid while Python code holds it
        }
        return f;
    }
}
