package dev.tiercel.runtime.internal.io;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBytes;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyType;

/** The methods of BufferedReader, BufferedWriter and BufferedRandom (each gets those its mode allows). */
final class BufferedMethods {
    private BufferedMethods() {}

    private static Buffered b(PyObject o) {
        return ((BufferedObject) o).buf;
    }

    static void install() {
        for (PyType t : new PyType[] {IoTypes.BUFFERED_READER, IoTypes.BUFFERED_RANDOM}) {
            reading(t);
        }
        for (PyType t : new PyType[] {IoTypes.BUFFERED_READER, IoTypes.BUFFERED_WRITER, IoTypes.BUFFERED_RANDOM}) {
            common(t);
            position(t);
        }
        // a writer still answers read(), read1() and readinto() with UnsupportedOperation, as CPython's does
        Def.method(IoTypes.BUFFERED_WRITER, "read", 0, 1, (a, k) -> new PyBytes(b(a[0]).read(Def.size(a, 1))));
        Def.method(IoTypes.BUFFERED_WRITER, "read1", 0, 1, (a, k) -> new PyBytes(b(a[0]).read1(Def.size(a, 1))));
        Def.method(IoTypes.BUFFERED_WRITER, "readinto", 1, 1, (a, k) -> new PyBytes(b(a[0]).read(0)));
        Def.method(IoTypes.BUFFERED_WRITER, "readline", 0, 1, (a, k) -> new PyBytes(b(a[0]).readline(-1)));
    }

    private static long readSize(PyObject[] a) {
        long n = Def.size(a, 1);
        if (a.length > 1 && a[1] != PyNone.INSTANCE && n < -1) {
            throw PyErr.valueError("read length must be non-negative or -1");
        }
        return n;
    }

    private static void reading(PyType t) {
        Def.method(t, "read", 0, 1, (a, k) -> new PyBytes(b(a[0]).read(readSize(a))));
        Def.method(t, "read1", 0, 1, (a, k) -> new PyBytes(b(a[0]).read1(Def.size(a, 1))));
        Def.method(t, "peek", 0, 1, (a, k) -> new PyBytes(b(a[0]).peek()));
        Def.method(t, "readline", 0, 1, (a, k) -> new PyBytes(b(a[0]).readline(Def.size(a, 1))));
        Def.method(t, "readinto", 1, 1, (a, k) -> readinto(a, false));
        Def.method(t, "readinto1", 1, 1, (a, k) -> readinto(a, true));
    }

    private static PyObject readinto(PyObject[] a, boolean once) {
        Buffered buf = b(a[0]);
        buf.readOp("read", "readinto");
        int n = Bytes.writable(a[1]).size();
        byte[] data = once ? buf.read1(n) : buf.read(n);
        Bytes.into(a[1], data);
        return PyInt.of(data.length);
    }

    private static void common(PyType t) {
        Def.method(t, "write", 1, 1, (a, k) -> {
            b(a[0]).writeCheck();
            byte[] data = Bytes.of(a[1]);
            b(a[0]).write(data);
            return PyInt.of(data.length);
        });
        Def.method(t, "flush", 0, 0, (a, k) -> {
            b(a[0]).flush();
            return PyNone.INSTANCE;
        });
        Def.method(t, "close", 0, 0, (a, k) -> {
            b(a[0]).close();
            return PyNone.INSTANCE;
        });
        Def.method(t, "detach", 0, 0, (a, k) -> {
            throw IoErrors.unsupported("detach");
        });
        Def.method(t, "fileno", 0, 0, (a, k) -> PyInt.of(b(a[0]).fileno()));
        Def.method(t, "isatty", 0, 0, (a, k) -> PyBool.of(b(a[0]).isatty()));
        Def.method(t, "readable", 0, 0, (a, k) -> PyBool.of(b(a[0]).readable()));
        Def.method(t, "writable", 0, 0, (a, k) -> PyBool.of(b(a[0]).writable()));
        Def.method(t, "seekable", 0, 0, (a, k) -> PyBool.of(b(a[0]).seekable()));
        Def.getter(t, "raw", o -> ((BufferedObject) o).raw);
        Def.getter(t, "name", o -> b(o).raw.name);
        Def.getter(t, "mode", o -> PyStr.of(b(o).raw.mode));
        Def.method(t, "__repr__", 0, 0, (a, k) -> PyStr.of("<_io." + a[0].type().name() + " name="
                + Ops.repr(b(a[0]).raw.name) + ">"));
    }

    private static void position(PyType t) {
        Def.method(t, "seek", 1, 2, (a, k) -> {
            int whence = a.length > 2 ? (int) Ops.index(a[2]) : 0;
            if (whence < 0 || whence > 2) {
                b(a[0]).raw.checkOpen();
                throw IoErrors.os(22, "Invalid argument", null); // refused by lseek
            }
            return PyInt.of(b(a[0]).seek(Ops.index(a[1]), whence));
        });
        Def.method(t, "tell", 0, 0, (a, k) -> PyInt.of(b(a[0]).tell()));
        Def.method(t, "truncate", 0, 1, (a, k) -> {
            long pos = a.length > 1 && a[1] != PyNone.INSTANCE ? Ops.index(a[1]) : -1;
            if (a.length > 1 && a[1] != PyNone.INSTANCE && pos < 0) {
                b(a[0]).flush();
                throw IoErrors.os(22, "Invalid argument", null);
            }
            return PyInt.of(b(a[0]).truncate(pos));
        });
    }
}
