package dev.tiercel.runtime.internal.io;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBytes;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyType;

/** The methods of {@code _io.FileIO}: one system call each, no buffering. */
final class FileIOMethods {
    private FileIOMethods() {}

    private static RawFile f(PyObject o) {
        return ((FileIOObject) o).file;
    }

    static void install() {
        PyType t = IoTypes.FILEIO;
        Def.method(t, "read", 0, 1, (a, k) -> {
            RawFile f = f(a[0]);
            f.checkReadable();
            long n = Def.size(a, 1);
            if (n < 0) {
                return new PyBytes(f.readAll());
            }
            byte[] b = new byte[(int) Math.min(n, Integer.MAX_VALUE - 16)];
            int got = f.read(b, 0, b.length);
            return new PyBytes(java.util.Arrays.copyOf(b, got));
        });
        Def.method(t, "readall", 0, 0, (a, k) -> {
            f(a[0]).checkReadable();
            return new PyBytes(f(a[0]).readAll());
        });
        Def.method(t, "readinto", 1, 1, (a, k) -> {
            RawFile f = f(a[0]);
            f.checkReadable();
            byte[] b = new byte[Bytes.writable(a[1]).size()];
            int got = f.read(b, 0, b.length);
            Bytes.into(a[1], java.util.Arrays.copyOf(b, got));
            return PyInt.of(got);
        });
        Def.method(t, "readline", 0, 1, (a, k) -> ((FileIOObject) a[0]).readline(Def.size(a, 1)));
        Def.method(t, "write", 1, 1, (a, k) -> {
            RawFile f = f(a[0]);
            byte[] b = Bytes.of(a[1]);
            f.checkWritable();
            f.write(b, 0, b.length);
            return PyInt.of(b.length);
        });
        Def.method(t, "seek", 1, 2, (a, k) -> {
            f(a[0]).checkOpen();
            return PyInt.of(f(a[0]).seek(Ops.index(a[1]), a.length > 2 ? (int) Ops.index(a[2]) : 0));
        });
        Def.method(t, "tell", 0, 0, (a, k) -> {
            f(a[0]).checkOpen();
            return PyInt.of(f(a[0]).tell());
        });
        Def.method(t, "truncate", 0, 1, (a, k) -> {
            RawFile f = f(a[0]);
            f.checkWritable();
            long size = a.length > 1 && a[1] != PyNone.INSTANCE ? Ops.index(a[1]) : f.tell();
            f.truncate(size);
            return PyInt.of(size);
        });
        install2(t);
    }

    private static void install2(PyType t) {
        Def.method(t, "close", 0, 0, (a, k) -> {
            ((FileIOObject) a[0]).close();
            return PyNone.INSTANCE;
        });
        Def.method(t, "flush", 0, 0, (a, k) -> {
            IoBaseMethods.checkOpen(a[0]);
            return PyNone.INSTANCE;
        });
        Def.method(t, "fileno", 0, 0, (a, k) -> {
            f(a[0]).checkOpen();
            return PyInt.of(f(a[0]).raw.fileno());
        });
        Def.method(t, "isatty", 0, 0, (a, k) -> {
            f(a[0]).checkOpen();
            return PyBool.of(f(a[0]).raw.isatty());
        });
        Def.method(t, "readable", 0, 0, (a, k) -> {
            f(a[0]).checkOpen();
            return PyBool.of(f(a[0]).readable);
        });
        Def.method(t, "writable", 0, 0, (a, k) -> {
            f(a[0]).checkOpen();
            return PyBool.of(f(a[0]).writable);
        });
        Def.method(t, "seekable", 0, 0, (a, k) -> {
            f(a[0]).checkOpen();
            return PyBool.of(f(a[0]).raw.seekable());
        });
        t.dict.put("name", new dev.tiercel.runtime.object.PyDescriptors.GetSet("name", o -> f(o).name,
                (o, v) -> f(o).name = v));
        Def.getter(t, "mode", o -> PyStr.of(f(o).mode));
        Def.getter(t, "closefd", o -> PyBool.of(f(o).closefd));
        Def.method(t, "__repr__", 0, 0, (a, k) -> {
            RawFile f = f(a[0]);
            if (f.closed()) {
                return PyStr.of("<_io.FileIO [closed]>");
            }
            return PyStr.of("<_io.FileIO name=" + Ops.repr(f.name) + " mode='" + f.mode + "' closefd="
                    + (f.closefd ? "True" : "False") + ">");
        });
    }
}
