package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.internal.builtins.UnionAndByteArray.ByteArray;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyBytes;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PySlice;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import java.util.Arrays;

/**
 * bytearray's mutating methods, and its non-mutating ones taken from bytes (results that are bytes come back as
 * bytearrays, as in CPython).
 */
final class ByteArrayMethods {
    private ByteArrayMethods() {}

    private static ByteArray self(PyObject o) {
        return (ByteArray) o;
    }

    private static int byteValue(PyObject o) {
        long v = Ops.index(o);
        if (v < 0 || v > 255) {
            throw PyErr.valueError("byte must be in range(0, 256)");
        }
        return (int) v;
    }

    private static void set(ByteArray ba, byte[] content) {
        ba.data = content.length == 0 ? new byte[8] : content;
        ba.size = content.length;
    }

    private static PyObject wrap(PyObject r) {
        if (r instanceof PyBytes b) {
            return new ByteArray(b.toByteArray());
        }
        if (r instanceof PyList l) {
            PyList out = new PyList();
            for (int i = 0; i < l.size; i++) {
                out.append(wrap(l.items[i]));
            }
            return out;
        }
        if (r instanceof PyTuple t) {
            PyObject[] items = new PyObject[t.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = wrap(t.get(i));
            }
            return PyTuple.wrap(items);
        }
        return r;
    }

    static void install(PyType t) {
        for (var e : PyTypes.BYTES.dict.entrySet()) {
            String name = e.getKey();
            if (t.dict.containsKey(name) || !(e.getValue() instanceof PyBuiltinFunction bf) || !bf.isMethod
                    || name.equals("__hash__") || name.equals("__getnewargs__")) {
                continue;
            }
            t.dict.put(name, new PyBuiltinFunction(name, (a, k) -> {
                PyObject[] args = a.clone();
                args[0] = new PyBytes(self(a[0]).bytes());
                PyObject r = bf.call(args, k);
                return name.equals("decode") || name.equals("hex") || name.startsWith("__") && !name.equals("__add__")
                        && !name.equals("__mul__") ? r : wrap(r);
            }, true, "bytearray"));
        }
        Reg.method(t, "insert", 2, 2, (a, k) -> {
            ByteArray ba = self(a[0]);
            long i = Ops.index(a[1]);
            int n = ba.size;
            int at = (int) (i < 0 ? Math.max(0, i + n) : Math.min(i, n));
            byte[] v = ba.bytes();
            byte[] out = new byte[n + 1];
            System.arraycopy(v, 0, out, 0, at);
            out[at] = (byte) byteValue(a[2]);
            System.arraycopy(v, at, out, at + 1, n - at);
            set(ba, out);
            return PyNone.INSTANCE;
        });
        Reg.method(t, "pop", 0, 1, (a, k) -> {
            ByteArray ba = self(a[0]);
            if (ba.size == 0) {
                throw PyErr.indexError("pop from empty bytearray");
            }
            long i = a.length > 1 ? Ops.index(a[1]) : -1;
            if (i < 0) {
                i += ba.size;
            }
            if (i < 0 || i >= ba.size) {
                throw PyErr.indexError("pop index out of range");
            }
            byte[] v = ba.bytes();
            int r = v[(int) i] & 0xff;
            byte[] out = new byte[v.length - 1];
            System.arraycopy(v, 0, out, 0, (int) i);
            System.arraycopy(v, (int) i + 1, out, (int) i, v.length - (int) i - 1);
            set(ba, out);
            return PyInt.of(r);
        });
        Reg.method(t, "remove", 1, 1, (a, k) -> {
            ByteArray ba = self(a[0]);
            int b = byteValue(a[1]);
            byte[] v = ba.bytes();
            for (int i = 0; i < v.length; i++) {
                if ((v[i] & 0xff) == b) {
                    byte[] out = new byte[v.length - 1];
                    System.arraycopy(v, 0, out, 0, i);
                    System.arraycopy(v, i + 1, out, i, v.length - i - 1);
                    set(ba, out);
                    return PyNone.INSTANCE;
                }
            }
            throw PyErr.valueError("value not found in bytearray");
        });
        Reg.method(t, "reverse", 0, 0, (a, k) -> {
            byte[] v = self(a[0]).bytes();
            for (int i = 0, j = v.length - 1; i < j; i++, j--) {
                byte x = v[i];
                v[i] = v[j];
                v[j] = x;
            }
            set(self(a[0]), v);
            return PyNone.INSTANCE;
        });
        Reg.method(t, "clear", 0, 0, (a, k) -> {
            set(self(a[0]), new byte[0]);
            return PyNone.INSTANCE;
        });
        Reg.method(t, "copy", 0, 0, (a, k) -> new ByteArray(self(a[0]).bytes()));
        Reg.method(t, "__iadd__", 1, 1, (a, k) -> {
            byte[] x = self(a[0]).bytes(), y = BytesBuiltins.b(a[1]);
            byte[] out = Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, out, x.length, y.length);
            set(self(a[0]), out);
            return a[0];
        });
        Reg.method(t, "__imul__", 1, 1, (a, k) -> {
            set(self(a[0]), ((PyBytes) Ops.binaryOp(new PyBytes(self(a[0]).bytes()), a[1], Ops.NB_MULTIPLY))
                    .toByteArray());
            return a[0];
        });
        Reg.method(t, "__setitem__", 2, 2, (a, k) -> {
            ByteArray ba = self(a[0]);
            if (a[1] instanceof PySlice s) {
                PyList l = new PyList();
                for (byte b : ba.bytes()) {
                    l.append(PyInt.of(b & 0xff));
                }
                PyObject src = a[2] instanceof PyInt ? a[2] : PyList.of(Ops.toArray(a[2]));
                Ops.setitem(l, s, src);
                byte[] out = new byte[l.size];
                for (int i = 0; i < out.length; i++) {
                    out[i] = (byte) byteValue(l.items[i]);
                }
                set(ba, out);
                return PyNone.INSTANCE;
            }
            ba.data[SeqBuiltins.normIndex(Ops.index(a[1]), ba.size, "bytearray")] = (byte) byteValue(a[2]);
            return PyNone.INSTANCE;
        });
        Reg.method(t, "__delitem__", 1, 1, (a, k) -> {
            ByteArray ba = self(a[0]);
            PyList l = new PyList();
            for (byte b : ba.bytes()) {
                l.append(PyInt.of(b & 0xff));
            }
            Ops.delitem(l, a[1] instanceof PySlice ? a[1] : PyInt.of(SeqBuiltins.normIndex(Ops.index(a[1]), ba.size,
                    "bytearray")));
            byte[] out = new byte[l.size];
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) ((PyInt) l.items[i]).value;
            }
            set(ba, out);
            return PyNone.INSTANCE;
        });
    }
}
