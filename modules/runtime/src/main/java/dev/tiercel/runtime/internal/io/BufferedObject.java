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
        this(raw, size, raw.file.readable && raw.file.writable ? IoTypes.BUFFERED_RANDOM
                : raw.file.readable ? IoTypes.BUFFERED_READER : IoTypes.BUFFERED_WRITER);
    }

    BufferedObject(FileIOObject raw, int size, PyType type) {
        this.raw = raw;
        this.buf = new Buffered(raw.file, size);
        this.type = type;
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
