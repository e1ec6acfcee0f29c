package dev.tiercel.runtime.internal.io;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBytes;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;

/** A binary stream written in Python (io.BytesIO, a user's class) under a TextIOWrapper: each call is a method call. */
final class PyByteStream implements ByteStream {
    private final PyObject stream;
    private final boolean hasRead1;

    PyByteStream(PyObject stream) {
        this.stream = stream;
        this.hasRead1 = Ops.getattrOrNull(stream, "read1") != null;
    }

    private static byte[] bytes(PyObject o) {
        if (o == PyNone.INSTANCE) {
            return new byte[0];
        }
        return o instanceof PyBytes b ? b.toByteArray() : Bytes.of(o);
    }

    @Override
    public byte[] read1(long n) {
        return bytes(Ops.invoke(stream, hasRead1 ? "read1" : "read", PyInt.of(n)));
    }

    @Override
    public byte[] readAll() {
        return bytes(Ops.invoke(stream, "read"));
    }

    @Override
    public void write(byte[] b) {
        Ops.invoke(stream, "write", new PyBytes(b));
    }

    @Override
    public void flush() {
        Ops.invoke(stream, "flush");
    }

    @Override
    public long tell() {
        return Ops.index(Ops.invoke(stream, "tell"));
    }

    @Override
    public long seek(long offset, int whence) {
        return Ops.index(Ops.invoke(stream, "seek", PyInt.of(offset), PyInt.of(whence)));
    }

    @Override
    public long truncate(long pos) {
        return Ops.index(Ops.invoke(stream, "truncate", PyInt.of(pos)));
    }

    @Override
    public void close() {
        Ops.invoke(stream, "close");
    }

    @Override
    public boolean closed() {
        return Ops.isTrue(Ops.getattr(stream, "closed"));
    }

    @Override
    public boolean readable() {
        return Ops.isTrue(Ops.invoke(stream, "readable"));
    }

    @Override
    public boolean writable() {
        return Ops.isTrue(Ops.invoke(stream, "writable"));
    }

    @Override
    public boolean seekable() {
        return Ops.isTrue(Ops.invoke(stream, "seekable"));
    }

    @Override
    public long fileno() {
        return Ops.index(Ops.invoke(stream, "fileno"));
    }

    @Override
    public boolean isatty() {
        return Ops.isTrue(Ops.invoke(stream, "isatty"));
    }

    @Override
    public PyObject name() {
        return Ops.getattrOrNull(stream, "name");
    }
}
