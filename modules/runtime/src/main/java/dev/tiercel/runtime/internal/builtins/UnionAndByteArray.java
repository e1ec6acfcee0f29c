package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBytes;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyJavaIterator;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code X | Y} of types ({@code types.UnionType}) and the mutable {@code bytearray}. */
public final class UnionAndByteArray {
    private UnionAndByteArray() {}

    public static final PyType UNION = new PyType("UnionType", PyTypes.OBJECT);
    public static final PyType BYTEARRAY = new PyType("bytearray", PyTypes.OBJECT);
    public static final PyType MEMORYVIEW = new PyType("memoryview", PyTypes.OBJECT);

    /** A read-only {@code memoryview} over a copy of a bytes-like object's contents. */
    public static final class MemoryView extends PyObject {
        final byte[] data;

        MemoryView(byte[] data) {
            this.data = data;
        }

        @Override
        public PyType type() {
            return MEMORYVIEW;
        }
    }

    static {
        UNION.module = "types";
    }

    /** A union of types. */
    public static final class Union extends PyObject {
        public final PyObject[] args;

        Union(PyObject[] args) {
            this.args = args;
        }

        @Override
        public PyType type() {
            return UNION;
        }
    }

    static boolean unionable(PyObject o) {
        return o instanceof PyType || o == PyNone.INSTANCE || o instanceof Union || o instanceof GenericAlias;
    }

    /** {@code a | b} for types, or null. */
    public static PyObject union(PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b)) {
            return null;
        }
        List<PyObject> items = new ArrayList<>();
        for (PyObject o : new PyObject[] {a, b}) {
            PyObject[] parts = o instanceof Union u ? u.args : new PyObject[] {o == PyNone.INSTANCE ? PyTypes.NONE : o};
            for (PyObject p : parts) {
                if (!items.contains(p)) {
                    items.add(p);
                }
            }
        }
        return items.size() == 1 ? items.get(0) : new Union(items.toArray(new PyObject[0]));
    }

    /** A growable byte array. */
    public static final class ByteArray extends PyObject {
        byte[] data;
        int size;

        ByteArray(byte[] init) {
            data = init.length == 0 ? new byte[8] : init;
            size = init.length;
        }

        @Override
        public PyType type() {
            return BYTEARRAY;
        }

        byte[] bytes() {
            return Arrays.copyOf(data, size);
        }

        public int size() {
            return size;
        }

        /** Copies {@code src} over the start of the array (readinto); the caller keeps within size(). */
        public void put(byte[] src) {
            System.arraycopy(src, 0, data, 0, src.length);
        }

        void append(int b) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2 + 8);
            }
            data[size++] = (byte) b;
        }
    }

    private static ByteArray self(PyObject o) {
        return (ByteArray) o;
    }

    static void install() {
        UNION.dict.put("__repr__", new dev.tiercel.runtime.object.PyBuiltinFunction("__repr__", (a, k) -> {
            StringBuilder sb = new StringBuilder();
            for (PyObject t : ((Union) a[0]).args) {
                if (sb.length() > 0) {
                    sb.append(" | ");
                }
                sb.append(t == PyTypes.NONE ? "None" : t instanceof PyType ty ? ty.qualifiedName() : Ops.repr(t));
            }
            return PyStr.of(sb.toString());
        }, true, "UnionType"));
        Reg.getter(UNION, "__args__", o -> PyTuple.of(((Union) o).args));
        Reg.method(UNION, "__or__", 1, 1, (a, k) -> {
            PyObject r = union(a[0], a[1]);
            return r == null ? dev.tiercel.runtime.object.PyNotImplemented.INSTANCE : r;
        });
        BYTEARRAY.factory = (t, a, k) -> new ByteArray(a.length == 0 ? new byte[0]
                : ((PyBytes) BytesBuiltins.make(PyTypes.BYTES, a, k)).toByteArray());
        Reg.method(BYTEARRAY, "copy", 0, 0, (a, k) -> new ByteArray(self(a[0]).bytes()));
        Reg.method(BYTEARRAY, "startswith", 1, 1,
                (a, k) -> PyBool.of(BytesBuiltins.affixMatch(self(a[0]).bytes(), a[1], true)));
        Reg.method(BYTEARRAY, "endswith", 1, 1,
                (a, k) -> PyBool.of(BytesBuiltins.affixMatch(self(a[0]).bytes(), a[1], false)));
        Reg.method(BYTEARRAY, "append", 1, 1, (a, k) -> {
            self(a[0]).append((int) Ops.index(a[1]));
            return PyNone.INSTANCE;
        });
        Reg.method(BYTEARRAY, "extend", 1, 1, (a, k) -> {
            for (PyObject o : Ops.toArray(a[1] instanceof PyBytes b ? Ops.iter(b) : a[1])) {
                self(a[0]).append((int) Ops.index(o));
            }
            return PyNone.INSTANCE;
        });
        Reg.method(BYTEARRAY, "__len__", 0, 0, (a, k) -> PyInt.of(self(a[0]).size));
        Reg.method(BYTEARRAY, "__getitem__", 1, 1, (a, k) -> {
            PyObject r = BytesBuiltins.getitem(new PyBytes(self(a[0]).bytes()), a[1]);
            return r instanceof PyBytes b ? new ByteArray(b.toByteArray()) : r;
        });
        Reg.method(BYTEARRAY, "__setitem__", 2, 2, (a, k) -> {
            ByteArray ba = self(a[0]);
            ba.data[SeqBuiltins.normIndex(Ops.index(a[1]), ba.size, "bytearray")] = (byte) Ops.index(a[2]);
            return PyNone.INSTANCE;
        });
        
        Reg.method(BYTEARRAY, "__iter__", 0, 0, (a, k) -> {
            ByteArray ba = self(a[0]);
            int[] i = {0};
            return new PyJavaIterator("bytearray_iterator", () -> i[0] < ba.size ? PyInt.of(ba.data[i[0]++] & 0xff)
                    : null);
        });
        Reg.method(BYTEARRAY, "__repr__", 0, 0, (a, k) -> PyStr.of("bytearray(" + Reprs.bytesRepr(self(a[0]).bytes())
                + ")"));
        Reg.method(BYTEARRAY, "__eq__", 1, 1, (a, k) -> {
            byte[] other = a[1] instanceof ByteArray o ? o.bytes() : a[1] instanceof PyBytes b ? b.toByteArray() : null;
            return other == null ? dev.tiercel.runtime.object.PyNotImplemented.INSTANCE
                    : PyBool.of(Arrays.equals(self(a[0]).bytes(), other));
        });
        BYTEARRAY.dict.put("__hash__", PyNone.INSTANCE);
        MEMORYVIEW.factory = (t, a, k) -> {
            Args.check("memoryview", a, k, 1, 1);
            byte[] d = a[0] instanceof ByteArray ba ? ba.bytes() : a[0] instanceof MemoryView mv ? mv.data
                    : BytesBuiltins.b(a[0]);
            return new MemoryView(d);
        };
        Reg.method(MEMORYVIEW, "tobytes", 0, 0, (a, k) -> new PyBytes(((MemoryView) a[0]).data.clone()));
        Reg.method(MEMORYVIEW, "tolist", 0, 0, (a, k) -> {
            dev.tiercel.runtime.object.PyList l = new dev.tiercel.runtime.object.PyList();
            for (byte b : ((MemoryView) a[0]).data) {
                l.append(PyInt.of(b & 0xff));
            }
            return l;
        });
        Reg.method(MEMORYVIEW, "__len__", 0, 0, (a, k) -> PyInt.of(((MemoryView) a[0]).data.length));
        Reg.method(MEMORYVIEW, "__getitem__", 1, 1, (a, k) -> {
            PyObject r = BytesBuiltins.getitem(new PyBytes(((MemoryView) a[0]).data), a[1]);
            return r instanceof PyBytes b ? new MemoryView(b.toByteArray()) : r;
        });
        Reg.method(MEMORYVIEW, "release", 0, 0, (a, k) -> PyNone.INSTANCE);
        Reg.method(MEMORYVIEW, "__enter__", 0, 0, (a, k) -> a[0]);
        Reg.methodKw(MEMORYVIEW, "__exit__", (a, k) -> PyBool.FALSE);
        Reg.getter(MEMORYVIEW, "nbytes", o -> PyInt.of(((MemoryView) o).data.length));
        Reg.getter(MEMORYVIEW, "readonly", o -> PyBool.TRUE);
        Reg.methodKw(BYTEARRAY, "decode", (a, k) -> {
            int n = Args.npos(a, k);
            PyObject enc = n > 1 ? a[1] : Args.kw(a, k, "encoding");
            PyObject err = n > 2 ? a[2] : Args.kw(a, k, "errors");
            return Codecs.decode(self(a[0]).bytes(), enc == null ? "utf-8" : Ops.str(enc),
                    err == null ? "strict" : Ops.str(err));
        });
        Reg.method(BYTEARRAY, "__contains__", 1, 1, (a, k) -> {
            for (int i = 0; i < self(a[0]).size; i++) {
                if ((self(a[0]).data[i] & 0xff) == Ops.index(a[1])) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        ByteArrayMethods.install(BYTEARRAY);
    }

    static RuntimeException unused() {
        return PyErr.typeError("");
    }
}
