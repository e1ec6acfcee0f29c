package dev.tiercel.runtime.internal.io;

import dev.tiercel.runtime.object.PyObject;

/** What a TextIOWrapper needs from the binary stream under it: the runtime's buffered files or a Python object. */
interface ByteStream {
    byte[] read1(long n);

    byte[] readAll();

    void write(byte[] b);

    void flush();

    long tell();

    long seek(long offset, int whence);

    long truncate(long pos);

    void close();

    boolean closed();

    boolean readable();

    boolean writable();

    boolean seekable();

    long fileno();

    boolean isatty();

    /** The {@code name} attribute, or null when the stream has none. */
    PyObject name();
}
