package dev.tiercel.stdlib;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.stdlib.ReModule.Mat;

/** The methods and attributes of re.Match. */
final class MatchMethods {
    private MatchMethods() {}

    private static void method(String name, PyBuiltinFunction.Body body) {
        ReModule.MATCH.dict.put(name, new PyBuiltinFunction(name, body, true, "Match"));
    }

    private static Mat self(PyObject o) {
        return (Mat) o;
    }

    /** The group named or numbered by the argument at {@code i}, group 0 when absent. */
    private static int groupArg(PyObject[] a, int i) {
        return a.length > i ? self(a[0]).index(a[i]) : 0;
    }

    static void install() {
        method("group", (a, k) -> {
            Mat m = self(a[0]);
            if (a.length <= 2) {
                return m.group(groupArg(a, 1), PyNone.INSTANCE);
            }
            PyObject[] out = new PyObject[a.length - 1];
            for (int i = 1; i < a.length; i++) {
                out[i - 1] = m.group(m.index(a[i]), PyNone.INSTANCE);
            }
            return PyTuple.wrap(out);
        });
        method("__getitem__", (a, k) -> self(a[0]).group(self(a[0]).index(a[1]), PyNone.INSTANCE));
        method("groups", (a, k) -> {
            Mat m = self(a[0]);
            PyObject dflt = Args.npos(a, k) > 1 ? a[1] : Args.kw(a, k, "default");
            PyObject[] out = new PyObject[m.starts.length - 1];
            for (int i = 1; i < m.starts.length; i++) {
                out[i - 1] = m.group(i, dflt == null ? PyNone.INSTANCE : dflt);
            }
            return PyTuple.wrap(out);
        });
        method("groupdict", (a, k) -> {
            Mat m = self(a[0]);
            PyObject dflt = Args.npos(a, k) > 1 ? a[1] : Args.kw(a, k, "default");
            PyDict d = new PyDict();
            m.pat.names.forEach((n, i) -> d.putStr(n, m.group(i, dflt == null ? PyNone.INSTANCE : dflt)));
            return d;
        });
        method("start", (a, k) -> PyInt.of(self(a[0]).starts[groupArg(a, 1)]));
        method("end", (a, k) -> PyInt.of(self(a[0]).ends[groupArg(a, 1)]));
        method("span", (a, k) -> {
            int g = groupArg(a, 1);
            return PyTuple.of(PyInt.of(self(a[0]).starts[g]), PyInt.of(self(a[0]).ends[g]));
        });
        method("expand", (a, k) -> PyStr.of(Template.parse(self(a[0]).pat,
                Ops.asString(a[1], "expand() argument")).expand(self(a[0]))));
        method("__bool__", (a, k) -> PyBool.TRUE);
        method("__repr__", (a, k) -> {
            Mat m = self(a[0]);
            return PyStr.of("<re.Match object; span=(" + m.starts[0] + ", " + m.ends[0] + "), match="
                    + Ops.repr(m.group(0, PyNone.INSTANCE)) + ">");
        });
        ReModule.getter(ReModule.MATCH, "string", o -> PyStr.of(self(o).string));
        ReModule.getter(ReModule.MATCH, "re", o -> self(o).pat);
        ReModule.getter(ReModule.MATCH, "pos", o -> PyInt.of(self(o).pos));
        ReModule.getter(ReModule.MATCH, "endpos", o -> PyInt.of(self(o).endpos));
        ReModule.getter(ReModule.MATCH, "lastindex",
                o -> self(o).lastIndex < 0 ? PyNone.INSTANCE : PyInt.of(self(o).lastIndex));
        ReModule.getter(ReModule.MATCH, "lastgroup", o -> {
            Mat m = self(o);
            String name = m.lastIndex < 0 ? null : m.pat.nameOf(m.lastIndex);
            return name == null ? PyNone.INSTANCE : PyStr.of(name);
        });
        ReModule.getter(ReModule.MATCH, "regs", o -> {
            Mat m = self(o);
            PyObject[] spans = new PyObject[m.starts.length];
            for (int i = 0; i < spans.length; i++) {
                spans[i] = PyTuple.of(PyInt.of(m.starts[i]), PyInt.of(m.ends[i]));
            }
            return PyTuple.wrap(spans);
        });
    }
}
