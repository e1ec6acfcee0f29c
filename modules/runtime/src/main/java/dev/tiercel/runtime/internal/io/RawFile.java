package dev.tiercel.runtime.internal.io;

import dev.tiercel.runtime.object.PyObject;
import java.io.IOException;

/** The state of a FileIO: its descriptor, the mode it was opened with and whether it is closed. */
final class RawFile {
    final Raw raw;
    /** Settable, as CPython's FileIO.name is (tempfile names descriptor files after their path). */
    PyObject name;
    /** The mode FileIO reports: 'rb', 'wb', 'ab', 'xb', or the same with '+'. */
    final String mode;
    final boolean readable;
    final boolean writable;
    final boolean closefd;
    private volatile boolean closed;

    RawFile(Raw raw, PyObject name, String mode, boolean closefd) {
        this.raw = raw;
        this.name = name;
        this.mode = mode;
        this.readable = mode.contains("r") || mode.contains("+");
        this.writable = !mode.startsWith("r") || mode.contains("+");
        this.closefd = closefd;
    }

    boolean closed() {
        return closed;
    }

    void checkOpen() {
        if (closed) {
            throw dev.tiercel.runtime.object.PyErr.valueError("I/O operation on closed file");
        }
    }

    void checkReadable() {
        checkOpen();
        if (!readable) {
            throw IoErrors.unsupported("File not open for reading");
        }
    }

    void checkWritable() {
        checkOpen();
        if (!writable) {
            throw IoErrors.unsupported("File not open for writing");
        }
    }

    /** One read of at most {@code n} bytes (0 at end of file). */
    int read(byte[] b, int off, int n) {
        try {
            return raw.read(b, off, n);
        } catch (IOException e) {
            throw IoErrors.of(e);
        }
    }

    /** Everything from the position to the end of the file. */
    byte[] readAll() {
        long size = size();
        long pos = size < 0 ? 0 : tell();
        int guess = size > pos ? (int) Math.min(Integer.MAX_VALUE - 16, size - pos + 1) : 8192;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(Math.max(guess, 16));
        byte[] chunk = new byte[Math.max(guess, 8192)];
        for (int n = read(chunk, 0, chunk.length); n > 0; n = read(chunk, 0, chunk.length)) {
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }

    void write(byte[] b, int off, int n) {
        try {
            raw.write(b, off, n);
        } catch (IOException e) {
            throw IoErrors.of(e);
        }
    }

    long seek(long offset, int whence) {
        try {
            return raw.seek(offset, whence);
        } catch (IOException e) {
            throw IoErrors.of(e);
        }
    }

    long tell() {
        try {
            return raw.tell();
        } catch (IOException e) {
            throw IoErrors.of(e);
        }
    }

    long size() {
        try {
            return raw.size();
        } catch (IOException e) {
            return -1;
        }
    }

    void truncate(long size) {
        try {
            long pos = raw.tell();
            raw.truncate(size);
            raw.seek(pos, 0); // a FileChannel moves its position back to the new end; ftruncate does not
        } catch (IOException e) {
            throw IoErrors.of(e);
        }
    }

    /** Closes the descriptor if this object owns it; idempotent. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (closefd) {
            try {
                raw.close();
            } catch (IOException e) {
                throw IoErrors.of(e);
            }
        }
    }

    /** For the cleaner: closes without raising. */
    void closeQuietly() {
        try {
            close();
        } catch (RuntimeException e) {
            // nothing to report to: the program no longer holds the file
        }
    }
}
