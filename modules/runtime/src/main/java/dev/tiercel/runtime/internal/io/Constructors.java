package dev.tiercel.runtime.internal.io;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyType;

/** {@code io.FileIO(...)}, {@code io.BufferedReader(raw)}..., {@code io.TextIOWrapper(buffer, ...)} called directly. */
final class Constructors {
    private Constructors() {}

    /** Binds positional and keyword arguments to {@code names}; missing ones are null. */
    private static PyObject[] bind(String fn, PyObject[] a, String[] k, String... names) {
        PyObject[] v = new PyObject[names.length];
        int n = Args.npos(a, k);
        if (n > names.length) {
            throw PyErr.typeError(fn + "() takes at most " + names.length + " arguments (" + n + " given)");
        }
        System.arraycopy(a, 0, v, 0, n);
        for (int i = 0; k != null && i < k.length; i++) {
            int at = java.util.Arrays.asList(names).indexOf(k[i]);
            if (at < 0) {
                throw PyErr.typeError(fn + "() got an unexpected keyword argument '" + k[i] + "'");
            }
            v[at] = a[n + i];
        }
        if (v[0] == null) {
            throw PyErr.typeError(fn + "() missing required argument '" + names[0] + "' (pos 1)");
        }
        return v;
    }

    private static String str(PyObject o, String dflt) {
        return o == null || o == PyNone.INSTANCE ? dflt : Ops.asString(o, "argument");
    }

    static void install() {
        IoTypes.FILEIO.factory = (t, a, k) -> fileIO(t, a, k);
        for (PyType t : new PyType[] {IoTypes.BUFFERED_READER, IoTypes.BUFFERED_WRITER, IoTypes.BUFFERED_RANDOM}) {
            t.factory = Constructors::buffered;
        }
        IoTypes.TEXT.factory = Constructors::text;
    }

    private static void exact(PyType t, PyType expected) {
        if (t != expected) {
            throw PyErr.typeError("subclasses of _io." + expected.name() + " are not supported");
        }
    }

    private static PyObject fileIO(PyType t, PyObject[] a, String[] k) {
        exact(t, IoTypes.FILEIO);
        PyObject[] v = bind("FileIO", a, k, "file", "mode", "closefd", "opener");
        String mode = str(v[1], "r");
        if (mode.contains("t") || mode.chars().filter(c -> "rwxa".indexOf(c) >= 0).count() != 1) {
            throw PyErr.valueError(mode.chars().allMatch(c -> "rwxab+".indexOf(c) >= 0)
                    ? "Must have exactly one of create/read/write/append mode and at most one plus"
                    : "invalid mode: " + mode);
        }
        OpenArgs o = OpenArgs.forMode(mode.contains("b") ? mode : mode + "b");
        boolean closefd = v[2] == null || Ops.isTrue(v[2]);
        PyObject opener = v[3] == PyNone.INSTANCE ? null : v[3];
        RawFile f = OpenFunction.openRaw(v[0], o.rawMode(), o.flags(), closefd, opener, o.appending);
        FileIOObject r = new FileIOObject(f);
        OpenFiles.track(r, null, f);
        return r;
    }

    private static PyObject buffered(PyType t, PyObject[] a, String[] k) {
        if (t != IoTypes.BUFFERED_READER && t != IoTypes.BUFFERED_WRITER && t != IoTypes.BUFFERED_RANDOM) {
            throw PyErr.typeError("subclasses of the buffered classes are not supported");
        }
        PyObject[] v = bind(t.name(), a, k, "raw", "buffer_size");
        if (!(v[0] instanceof FileIOObject raw)) {
            throw PyErr.typeError(t.name() + "() takes an _io.FileIO here, not " + v[0].type().name());
        }
        if (t != IoTypes.BUFFERED_WRITER && !raw.file.readable) {
            throw IoErrors.unsupported("File or stream is not readable.");
        }
        if (t != IoTypes.BUFFERED_READER && !raw.file.writable) {
            throw IoErrors.unsupported("File or stream is not writable.");
        }
        long size = v[1] == null ? OpenFunction.DEFAULT_BUFFER_SIZE : Ops.index(v[1]);
        if (size <= 0) {
            throw PyErr.valueError("buffer size must be strictly positive");
        }
        BufferedObject b = new BufferedObject(raw, (int) Math.min(size, 1 << 30), t);
        OpenFiles.track(b, b.buf, raw.file);
        return b;
    }

    private static PyObject text(PyType t, PyObject[] a, String[] k) {
        exact(t, IoTypes.TEXT);
        PyObject[] v = bind("TextIOWrapper", a, k, "buffer", "encoding", "errors", "newline", "line_buffering",
                "write_through");
        for (int i = 1; i <= 3; i++) {
            if (v[i] != null && v[i] != PyNone.INSTANCE && !(v[i] instanceof PyStr)) {
                String[] names = {"", "encoding", "errors", "newline"};
                throw PyErr.typeError("TextIOWrapper() argument '" + names[i] + "' must be str or None, not "
                        + v[i].type().name());
            }
        }
        ByteStream in = v[0] instanceof BufferedObject b ? b.buf : new PyByteStream(v[0]);
        boolean lineBuffering = v[4] != null && Ops.isTrue(v[4]);
        return OpenFunction.newText(in, v[0], str(v[1], null), str(v[2], null), str(v[3], null), lineBuffering);
    }
}
