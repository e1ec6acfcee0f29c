package dev.tiercel.runtime.internal.io;

import dev.tiercel.runtime.internal.builtins.UnionAndByteArray.ByteArray;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBytes;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTypes;

/** The bytes-like arguments of write() and readinto(). */
final class Bytes {
    private Bytes() {}

    /** write()'s argument: bytes, bytearray, memoryview...; str is refused as CPython refuses it. */
    static byte[] of(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.toByteArray();
        }
        if (o instanceof PyStr || Ops.getattrOrNull(o.type(), "__buffer__") == null) {
            throw PyErr.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
        }
        return ((PyBytes) Ops.call(PyTypes.BYTES, o)).toByteArray();
    }

    /** readinto(b): copies data into the bytearray b (memoryviews here are read-only copies). */
    static void into(PyObject target, byte[] data) {
        writable(target).put(data);
    }

    static ByteArray writable(PyObject target) {
        if (!(target instanceof ByteArray b)) {
            throw PyErr.typeError("readinto() argument must be read-write bytes-like object, not "
                    + target.type().name());
        }
        return b;
    }
}
