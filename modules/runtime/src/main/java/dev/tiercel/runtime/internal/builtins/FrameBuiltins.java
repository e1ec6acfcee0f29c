package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.code.LineTable;
import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.object.Py;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyFrame;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyTraceback;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyTypes;

/**
 * What the {@code traceback} and {@code inspect} modules read from frames, tracebacks and code objects:
 * {@code f_code}, {@code f_back}, {@code f_lineno}, ..., {@code tb_frame}, {@code co_positions()} and
 * {@code co_lines()}. {@code f_locals} of a function frame is a snapshot of its fast locals (CPython 3.13 gives a
 * write-through proxy).
 */
public final class FrameBuiltins {
    private FrameBuiltins() {}

    static void install() {
        Reg.getter(PyTypes.FRAME, "f_code", x -> ((PyFrame) x).code);
        Reg.getter(PyTypes.FRAME, "f_globals", x -> ((PyFrame) x).globals);
        Reg.getter(PyTypes.FRAME, "f_builtins", x -> ((PyFrame) x).builtins);
        Reg.getter(PyTypes.FRAME, "f_locals", x -> BuiltinsModule.frameLocals((PyFrame) x));
        Reg.getter(PyTypes.FRAME, "f_back", x -> orNone(((PyFrame) x).caller()));
        Reg.getter(PyTypes.FRAME, "f_lasti", x -> PyInt.of(2L * ((PyFrame) x).lasti));
        Reg.getter(PyTypes.FRAME, "f_lineno", x -> {
            PyFrame f = (PyFrame) x;
            int line = LineTable.lineAt(f.code, f.lasti);
            return PyInt.of(line < 0 ? f.code.firstlineno : line);
        });
        Reg.getter(PyTypes.FRAME, "f_trace", x -> PyNone.INSTANCE);
        Reg.method(PyTypes.FRAME, "__repr__", 0, 0, (a, k) -> {
            PyFrame f = (PyFrame) a[0];
            return dev.tiercel.runtime.object.PyStr.of("<frame at " + dev.tiercel.runtime.object.Ops.address(f)
                    + ", file '" + f.code.filename + "', line " + LineTable.lineAt(f.code, f.lasti)
                    + ", code " + f.code.name + ">");
        });
        Reg.method(PyTypes.FRAME, "clear", 0, 0, (a, k) -> PyNone.INSTANCE);
        Reg.getter(PyTypes.TRACEBACK, "tb_frame", x -> orNone(((PyTraceback) x).frame));
        Reg.method(PyTypes.CODE, "co_positions", 0, 0, (a, k) -> positions((PyCode) a[0]));
        Reg.method(PyTypes.CODE, "co_lines", 0, 0, (a, k) -> lines((PyCode) a[0]));
        PyTypes.MODULE.factory = FrameBuiltins::newModule;
    }

    /** {@code types.ModuleType(name, doc=None)}: what importlib.util.module_from_spec builds on. */
    private static PyObject newModule(dev.tiercel.runtime.object.PyType t, PyObject[] a, String[] k) {
        dev.tiercel.runtime.object.Args.check("module", a, k, 1, 2);
        PyObject name = a[0];
        if (!(name instanceof dev.tiercel.runtime.object.PyStr s)) {
            throw PyErr.typeError("module.__init__() argument 'name' must be str, not " + name.type().name());
        }
        var m = new dev.tiercel.runtime.object.PyModule(s.value);
        m.dict().putStr("__doc__", a.length > 1 ? a[1] : PyNone.INSTANCE);
        m.dict().putStr("__package__", PyNone.INSTANCE);
        m.dict().putStr("__loader__", PyNone.INSTANCE);
        m.dict().putStr("__spec__", PyNone.INSTANCE);
        return m;
    }

    /** The frame {@code depth} calls up from the running one ({@code sys._getframe}). */
    public static PyObject frameAt(int depth) {
        PyFrame f = Py.current;
        for (int i = 0; i < depth && f != null; i++) {
            f = f.caller();
        }
        if (f == null) {
            throw PyErr.valueError("call stack is not deep enough");
        }
        for (PyFrame g = f; g != null && !g.exposed; g = g.caller()) {
            g.exposed = true; // never reused for another call: its f_back chain stays valid while Python holds it
        }
        return f;
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.INSTANCE : o;
    }

    private static PyObject opt(int v) {
        return v < 0 ? PyNone.INSTANCE : PyInt.of(v);
    }

    /** One (line, end line, column, end column) per code unit, None where unknown, as CPython's iterator. */
    private static PyObject positions(PyCode code) {
        PyList out = new PyList();
        for (LineTable.Position p : LineTable.positions(code)) {
            out.append(PyTuple.of(opt(p.line()), opt(p.endLine()), opt(p.column()), opt(p.endColumn())));
        }
        return dev.tiercel.runtime.object.Ops.iter(out);
    }

    /** (start byte, end byte, line) ranges, merging neighbours on the same line as CPython does. */
    private static PyObject lines(PyCode code) {
        PyList out = new PyList();
        int start = -1;
        int line = Integer.MIN_VALUE;
        int end = 0;
        for (LineTable.Range r : LineTable.decode(code.linetable, code.firstlineno)) {
            int l = r.position().line();
            if (start >= 0 && l == line) {
                end = r.end();
                continue;
            }
            if (start >= 0) {
                out.append(PyTuple.of(PyInt.of(2L * start), PyInt.of(2L * end), opt(line)));
            }
            start = r.start();
            end = r.end();
            line = l;
        }
        if (start >= 0) {
            out.append(PyTuple.of(PyInt.of(2L * start), PyInt.of(2L * end), opt(line)));
        }
        return dev.tiercel.runtime.object.Ops.iter(out);
    }
}
