package dev.tiercel.runtime.internal.io;

import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyObject;

/** The {@code _io} builtin module: the file classes and open(), which io.py re-exports. */
public final class IoModule {
    private IoModule() {}

    public static PyModule create(PyObject open) {
        IoTypes.install();
        PyModule m = new PyModule("_io");
        PyDict d = m.dict();
        d.putStr("open", open);
        d.putStr("DEFAULT_BUFFER_SIZE", PyInt.of(OpenFunction.DEFAULT_BUFFER_SIZE));
        d.putStr("UnsupportedOperation", IoTypes.UNSUPPORTED);
        d.putStr("_IOBase", IoTypes.IOBASE);
        d.putStr("_RawIOBase", IoTypes.RAW_BASE);
        d.putStr("_BufferedIOBase", IoTypes.BUFFERED_BASE);
        d.putStr("_TextIOBase", IoTypes.TEXT_BASE);
        d.putStr("FileIO", IoTypes.FILEIO);
        d.putStr("BufferedReader", IoTypes.BUFFERED_READER);
        d.putStr("BufferedWriter", IoTypes.BUFFERED_WRITER);
        d.putStr("BufferedRandom", IoTypes.BUFFERED_RANDOM);
        d.putStr("TextIOWrapper", IoTypes.TEXT);
        return m;
    }

    /** At interpreter exit: files the program never closed write what they buffered, as CPython's do. */
    public static void flushAtExit() {
        OpenFiles.flushAll();
    }
}
