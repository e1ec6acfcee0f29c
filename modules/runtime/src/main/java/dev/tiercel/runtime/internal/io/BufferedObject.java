package dev.tiercel.runtime.internal.io;

import dev.tiercel.runtime.object.PyBytes;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyType;

/** {@code _io.BufferedReader}, {@code BufferedWriter} or {@code BufferedRandom} over a FileIO. */
final class BufferedObject extends IoObject {
    final Buffered buf;
    final FileIOObject raw;
    private final PyType type;

    BufferedObject(FileIOObject raw, int size) {
        this.raw = raw;
        this.buf = new Buffered(raw.file, size);
        RawFile f = raw.file;
        this.type = f.readable && f.writable ? IoTypes.BUFFERED_RANDOM : f.readable ? IoTypes.BUFFERED_READER
                : IoTypes.BUFFERED_WRITER;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    boolean isClosed() {
        return buf.closed();
    }

    @Override
    PyObject readline(long limit) {
        return new PyBytes(buf.readline(limit));
    }

    @Override
    void close() {
        buf.close();
    }
}
