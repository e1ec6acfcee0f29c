package dev.tiercel.runtime.internal.io;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;

/** What every file object shares (CPython's {@code _io._IOBase}): context management, iteration, readlines. */
final class IoBaseMethods {
    private IoBaseMethods() {}

    static IoObject self(PyObject o) {
        return (IoObject) o;
    }

    /** IOBase's own closed check, worded with a period. */
    static void checkOpen(PyObject o) {
        if (self(o).isClosed()) {
            throw IoErrors.closed();
        }
    }

    static void install() {
        Def.method(IoTypes.IOBASE, "__enter__", 0, 0, (a, k) -> {
            checkOpen(a[0]);
            return a[0];
        });
        Def.method(IoTypes.IOBASE, "__exit__", 0, 3, (a, k) -> {
            Ops.invoke(a[0], "close");
            return PyNone.INSTANCE;
        });
        Def.method(IoTypes.IOBASE, "__iter__", 0, 0, (a, k) -> {
            checkOpen(a[0]);
            return a[0];
        });
        Def.method(IoTypes.IOBASE, "__next__", 0, 0, (a, k) -> {
            PyObject line = self(a[0]).readline(-1);
            if (Ops.len(line) == 0) {
                throw PyErr.of(PyExc.StopIteration);
            }
            return line;
        });
        Def.method(IoTypes.IOBASE, "readlines", 0, 1, (a, k) -> readlines(a[0], Def.size(a, 1)));
        Def.method(IoTypes.IOBASE, "writelines", 1, 1, (a, k) -> {
            checkOpen(a[0]);
            for (PyObject line : Ops.toArray(a[1])) {
                Ops.invoke(a[0], "write", line);
            }
            return PyNone.INSTANCE;
        });
        Def.method(IoTypes.IOBASE, "readable", 0, 0, (a, k) -> PyBool.FALSE);
        Def.method(IoTypes.IOBASE, "writable", 0, 0, (a, k) -> PyBool.FALSE);
        Def.method(IoTypes.IOBASE, "seekable", 0, 0, (a, k) -> PyBool.FALSE);
        Def.getter(IoTypes.IOBASE, "closed", o -> PyBool.of(self(o).isClosed()));
    }

    /** readlines(hint): lines until their total length reaches hint (all lines when hint <= 0). */
    static PyList readlines(PyObject f, long hint) {
        checkOpen(f);
        PyList lines = new PyList();
        long total = 0;
        while (true) {
            PyObject line = self(f).readline(-1);
            long n = Ops.len(line);
            if (n == 0) {
                return lines;
            }
            lines.append(line);
            total += n;
            if (hint > 0 && total >= hint) {
                return lines;
            }
        }
    }
}
