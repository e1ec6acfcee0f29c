package dev.tiercel.runtime.internal.io;

import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;

/** The {@code _io} classes, with CPython's names and hierarchy ({@code _io.TextIOWrapper} derives from {@code _io._TextIOBase}...). */
public final class IoTypes {
    private IoTypes() {}

    static final PyType IOBASE = type("_IOBase", PyTypes.OBJECT);
    static final PyType RAW_BASE = type("_RawIOBase", IOBASE);
    static final PyType BUFFERED_BASE = type("_BufferedIOBase", IOBASE);
    static final PyType TEXT_BASE = type("_TextIOBase", IOBASE);
    static final PyType FILEIO = type("FileIO", RAW_BASE);
    static final PyType BUFFERED_READER = type("BufferedReader", BUFFERED_BASE);
    static final PyType BUFFERED_WRITER = type("BufferedWriter", BUFFERED_BASE);
    static final PyType BUFFERED_RANDOM = type("BufferedRandom", BUFFERED_BASE);
    static final PyType TEXT = type("TextIOWrapper", TEXT_BASE);

    /** {@code io.UnsupportedOperation}, owned here so that the runtime's files can raise it; io.py re-exports it. */
    public static final PyType UNSUPPORTED = unsupportedOperation();

    private static PyType type(String name, PyType base) {
        PyType t = new PyType(name, base);
        t.module = "_io";
        return t;
    }

    private static PyType unsupportedOperation() {
        PyType t = new PyType("UnsupportedOperation", new PyType[] {PyExc.OSError, PyExc.ValueError}, false);
        t.instancesHaveDict = true;
        t.module = "io";
        return t;
    }

    private static boolean installed;

    /** Puts the methods on the classes (once per process, as the builtin types are shared). */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        UNSUPPORTED.factory = PyExc.OSError.factory;
        // the abstract bases make no instances; the concrete classes have constructors
        for (PyType t : new PyType[] {IOBASE, RAW_BASE, BUFFERED_BASE, TEXT_BASE}) {
            t.factory = (type, a, k) -> {
                throw dev.tiercel.runtime.object.PyErr.typeError("cannot create '_io." + type.name()
                        + "' instances");
            };
        }
        IoBaseMethods.install();
        FileIOMethods.install();
        BufferedMethods.install();
        TextMethods.install();
        Constructors.install();
    }
}
