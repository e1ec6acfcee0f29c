package dev.tiercel.runtime.internal.io;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyType;

/** The methods of {@code _io.TextIOWrapper}. */
final class TextMethods {
    private TextMethods() {}

    private static TextObject t(PyObject o) {
        return (TextObject) o;
    }

    static void install() {
        PyType t = IoTypes.TEXT;
        Def.method(t, "read", 0, 1, (a, k) -> PyStr.of(t(a[0]).read(Def.textSize(a, 1))));
        Def.method(t, "readline", 0, 1, (a, k) -> t(a[0]).readline(a.length > 1 ? Ops.index(a[1]) : -1));
        Def.method(t, "__next__", 0, 0, (a, k) -> {
            String line = t(a[0]).next();
            if (line == null) {
                throw PyErr.of(PyExc.StopIteration);
            }
            return PyStr.of(line);
        });
        Def.method(t, "write", 1, 1, (a, k) -> {
            t(a[0]).checkOpen();
            if (!(a[1] instanceof PyStr s)) {
                throw PyErr.typeError("write() argument must be str, not " + a[1].type().name());
            }
            return PyInt.of(t(a[0]).write(s.value));
        });
        Def.method(t, "flush", 0, 0, (a, k) -> {
            t(a[0]).flush();
            return PyNone.INSTANCE;
        });
        Def.method(t, "close", 0, 0, (a, k) -> {
            t(a[0]).close();
            return PyNone.INSTANCE;
        });
        Def.method(t, "tell", 0, 0, (a, k) -> PyInt.of(t(a[0]).tell()));
        Def.method(t, "seek", 1, 2, (a, k) -> PyInt.of(t(a[0]).seek(a[1] instanceof PyInt i ? i.toBigInteger()
                : java.math.BigInteger.valueOf(Ops.index(a[1])), a.length > 2 ? (int) Ops.index(a[2]) : 0)));
        Def.method(t, "truncate", 0, 1, (a, k) -> PyInt.of(t(a[0]).truncate(a.length > 1 && a[1] != PyNone.INSTANCE
                ? Ops.index(a[1]) : -1)));
        Def.method(t, "detach", 0, 0, (a, k) -> t(a[0]).detach());
        Def.method(t, "fileno", 0, 0, (a, k) -> PyInt.of(t(a[0]).stream().fileno()));
        Def.method(t, "isatty", 0, 0, (a, k) -> PyBool.of(t(a[0]).stream().isatty()));
        Def.method(t, "readable", 0, 0, (a, k) -> PyBool.of(t(a[0]).stream().readable()));
        Def.method(t, "writable", 0, 0, (a, k) -> PyBool.of(t(a[0]).stream().writable()));
        Def.method(t, "seekable", 0, 0, (a, k) -> PyBool.of(t(a[0]).stream().seekable()));
        Def.method(t, "__repr__", 0, 0, (a, k) -> PyStr.of(t(a[0]).repr()));
        attributes(t);
    }

    private static void attributes(PyType t) {
        Def.getter(t, "buffer", o -> t(o).bufferObject());
        Def.getter(t, "closed", o -> PyBool.of(t(o).isClosed()));
        Def.getter(t, "name", o -> {
            PyObject n = t(o).stream().name();
            if (n == null) {
                throw PyErr.attributeError("'_io.TextIOWrapper' object has no attribute 'name'");
            }
            return n;
        });
        Def.getter(t, "encoding", o -> PyStr.of(t(o).encoding));
        Def.getter(t, "errors", o -> PyStr.of(t(o).errors));
        Def.getter(t, "newlines", o -> t(o).newlines());
        Def.getter(t, "line_buffering", o -> PyBool.of(t(o).lineBuffering));
        Def.getter(t, "write_through", o -> PyBool.FALSE);
        t.dict.put("mode", new dev.tiercel.runtime.object.PyDescriptors.GetSet("mode", o -> {
            String m = t(o).mode;
            if (m == null) {
                throw PyErr.attributeError("'_io.TextIOWrapper' object has no attribute 'mode'");
            }
            return PyStr.of(m);
        }, (o, v) -> t(o).mode = Ops.str(v)));
    }
}
