package dev.tiercel.runtime.internal.io;

import dev.tiercel.runtime.object.PyBytes;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyType;

/** {@code _io.FileIO}: unbuffered reads and writes on one descriptor. */
final class FileIOObject extends IoObject {
    final RawFile file;

    FileIOObject(RawFile file) {
        this.file = file;
    }

    @Override
    public PyType type() {
        return IoTypes.FILEIO;
    }

    @Override
    boolean isClosed() {
        return file.closed();
    }

    @Override
    PyObject readline(long limit) {
        file.checkReadable();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] one = new byte[1];
        while ((limit < 0 || out.size() < limit) && file.read(one, 0, 1) > 0) {
            out.write(one[0]);
            if (one[0] == '\n') {
                break;
            }
        }
        return new PyBytes(out.toByteArray());
    }

    @Override
    void close() {
        file.close();
    }
}
