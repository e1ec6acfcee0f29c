package dev.tiercel.runtime.internal.io;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBytes;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyException;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;

/**
 * A file descriptor of the {@code _os} module (os.open, os.pipe's ends, 0/1/2): every operation is a call of
 * {@code _os.read}/{@code write}/{@code lseek}/..., so {@code open()}, {@code os.fdopen} and {@code os.*} functions
 * share one descriptor table, as they do in CPython. The runtime reaches the table only through those Python
 * functions, since the table belongs to the stdlib module.
 */
final class OsFdRaw implements Raw {
    private final OsFunctions os;
    private final int fd;
    /** O_APPEND done here (each write goes to the end): Java channels refuse reading with APPEND. */
    private final boolean append;

    OsFdRaw(OsFunctions os, int fd, boolean append) {
        this.os = os;
        this.fd = fd;
        this.append = append;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        byte[] got = ((PyBytes) Ops.call(os.read, PyInt.of(fd), PyInt.of(len))).toByteArray();
        System.arraycopy(got, 0, b, off, got.length);
        return got.length;
    }

    @Override
    public int write(byte[] b, int off, int len) {
        if (append) {
            seek(0, 2);
        }
        int done = 0;
        while (done < len) {
            byte[] part = java.util.Arrays.copyOfRange(b, off + done, off + len);
            done += (int) Ops.index(Ops.call(os.write, PyInt.of(fd), new PyBytes(part)));
        }
        return len;
    }

    @Override
    public long seek(long offset, int whence) {
        return Ops.index(Ops.call(os.lseek, PyInt.of(fd), PyInt.of(offset), PyInt.of(whence)));
    }

    @Override
    public long tell() {
        return seek(0, 1);
    }

    @Override
    public void truncate(long size) {
        Ops.call(os.ftruncate, PyInt.of(fd), PyInt.of(size));
    }

    @Override
    public long size() {
        try {
            long pos = tell();
            long end = seek(0, 2);
            seek(pos, 0);
            return end;
        } catch (PyException e) {
            return -1;
        }
    }

    @Override
    public boolean seekable() {
        try {
            tell();
            return true;
        } catch (PyException e) {
            if (e.value.isInstance(PyExc.OSError)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean isatty() {
        return Ops.isTrue(Ops.call(os.isatty, PyInt.of(fd)));
    }

    @Override
    public int fileno() {
        return fd;
    }

    @Override
    public void close() {
        Ops.call(os.close, PyInt.of(fd));
    }

    /** The {@code _os} functions descriptors need, looked up once. */
    record OsFunctions(PyObject open, PyObject read, PyObject write, PyObject lseek, PyObject ftruncate,
            PyObject isatty, PyObject close) {
        static OsFunctions of(PyObject m) {
            return new OsFunctions(Ops.getattr(m, "open"), Ops.getattr(m, "read"), Ops.getattr(m, "write"),
                    Ops.getattr(m, "lseek"), Ops.getattr(m, "ftruncate"), Ops.getattr(m, "isatty"),
                    Ops.getattr(m, "close"));
        }

        int openPath(String path, int flags) {
            return (int) Ops.index(Ops.call(open, PyStr.of(path), PyInt.of(flags), PyInt.of(0666)));
        }
    }
}
