package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBytes;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyJavaIterator;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PySlice;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** {@code bytes}: construction, indexing, concatenation and the common methods. */
public final class BytesBuiltins {
    private BytesBuiltins() {}

    static byte[] b(PyObject o) {
        if (o instanceof PyBytes x) {
            return x.toByteArray();
        }
        if (o instanceof UnionAndByteArray.ByteArray ba) {
            return ba.bytes();
        }
        if (o instanceof UnionAndByteArray.MemoryView mv) {
            return mv.data.clone();
        }
        throw PyErr.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
    }

    static Charset charset(PyObject enc) {
        String e = enc == null ? "utf-8" : Ops.str(enc).toLowerCase().replace('_', '-');
        return switch (e) {
            case "utf-8", "utf8" -> StandardCharsets.UTF_8;
            case "ascii", "us-ascii" -> StandardCharsets.US_ASCII;
            case "latin-1", "latin1", "iso-8859-1" -> StandardCharsets.ISO_8859_1;
            case "utf-16" -> StandardCharsets.UTF_16;
            default -> {
                try {
                    yield Charset.forName(e);
                } catch (RuntimeException ex) {
                    throw PyErr.of(dev.tiercel.runtime.object.PyExc.LookupError, "unknown encoding: " + e);
                }
            }
        };
    }

    static PyObject make(PyType t, PyObject[] a, String[] k) {
        int n = Args.npos(a, k);
        PyObject src = n > 0 ? a[0] : Args.kw(a, k, "source");
        if (src == null) {
            return new PyBytes(new byte[0]);
        }
        if (src instanceof PyStr s) {
            PyObject enc = n > 1 ? a[1] : Args.kw(a, k, "encoding");
            if (enc == null) {
                throw PyErr.typeError("string argument without an encoding");
            }
            PyObject err = n > 2 ? a[2] : Args.kw(a, k, "errors");
            return Codecs.encode(s.value, Ops.str(enc), err == null ? "strict" : Ops.str(err));
        }
        if (src instanceof PyInt i) {
            return new PyBytes(new byte[(int) Ops.index(i)]);
        }
        PyObject conv = src instanceof dev.tiercel.runtime.object.PyInstance ? src.type().lookup("__bytes__") : null;
        if (conv != null) {
            PyObject r = Ops.callMethod(conv, src);
            if (!(r instanceof PyBytes)) {
                throw PyErr.typeError("__bytes__ returned non-bytes (type " + r.type().name() + ")");
            }
            return r;
        }
        if (src instanceof PyBytes) {
            return src;
        }
        PyObject[] items = Ops.toArray(src);
        byte[] out = new byte[items.length];
        for (int j = 0; j < items.length; j++) {
            long v = Ops.index(items[j]);
            if (v < 0 || v > 255) {
                throw PyErr.valueError("bytes must be in range(0, 256)");
            }
            out[j] = (byte) v;
        }
        return new PyBytes(out);
    }

    static PyObject getitem(PyBytes x, PyObject key) {
        byte[] v = x.toByteArray();
        if (key instanceof PySlice s) {
            long[] r = s.indices(v.length);
            byte[] out = new byte[(int) r[3]];
            long j = r[0];
            for (int i = 0; i < out.length; i++, j += r[2]) {
                out[i] = v[(int) j];
            }
            return new PyBytes(out);
        }
        long i = Ops.index(key);
        if (i < 0) {
            i += v.length;
        }
        if (i < 0 || i >= v.length) {
            throw PyErr.indexError("index out of range");
        }
        return PyInt.of(v[(int) i] & 0xff);
    }

    static int indexOf(byte[] h, byte[] n, int from) {
        outer:
        for (int i = from; i <= h.length - n.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (h[i + j] != n[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static void install() {
        PyType t = PyTypes.BYTES;
        t.factory = (ty, a, k) -> dev.tiercel.runtime.object.Derived.of(ty, make(ty, a, k));
        Reg.methodKw(t, "decode", (a, k) -> {
            int n = Args.npos(a, k);
            PyObject enc = n > 1 ? a[1] : Args.kw(a, k, "encoding");
            PyObject err = n > 2 ? a[2] : Args.kw(a, k, "errors");
            return Codecs.decode(b(a[0]), enc == null ? "utf-8" : Ops.str(enc), err == null ? "strict" : Ops.str(err));
        });
        Reg.method(t, "hex", 0, 2, (a, k) -> PyStr.of(hex(b(a[0]), a.length > 1 ? Ops.str(a[1]) : "",
                a.length > 2 ? Ops.index(a[2]) : 1)));
        Reg.method(t, "__getitem__", 1, 1, (a, k) -> getitem((PyBytes) a[0], a[1]));
        Reg.method(t, "__len__", 0, 0, (a, k) -> PyInt.of(b(a[0]).length));
        Reg.method(t, "__iter__", 0, 0, (a, k) -> {
            byte[] v = b(a[0]);
            int[] i = {0};
            return new PyJavaIterator("bytes_iterator", () -> i[0] < v.length ? PyInt.of(v[i[0]++] & 0xff) : null);
        });
        Reg.method(t, "__contains__", 1, 1, (a, k) -> {
            byte[] v = b(a[0]);
            if (a[1] instanceof PyInt i) {
                for (byte x : v) {
                    if ((x & 0xff) == i.value) {
                        return PyBool.TRUE;
                    }
                }
                return PyBool.FALSE;
            }
            return PyBool.of(indexOf(v, b(a[1]), 0) >= 0);
        });
        Reg.method(t, "__add__", 1, 1, (a, k) -> {
            byte[] x = b(a[0]), y = b(a[1]);
            byte[] r = Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, r, x.length, y.length);
            return new PyBytes(r);
        });
        Reg.method(t, "__mul__", 1, 1, (a, k) -> {
            byte[] x = b(a[0]);
            long n = Math.max(0, Ops.index(a[1]));
            if (n * x.length > SeqBuiltins.MAX_ITEMS) {
                throw PyErr.memoryError();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (long i = 0; i < n; i++) {
                out.writeBytes(x);
            }
            return new PyBytes(out.toByteArray());
        });
        Reg.method(t, "__eq__", 1, 1, (a, k) -> a[1] instanceof PyBytes ? PyBool.of(Arrays.equals(b(a[0]), b(a[1])))
                : dev.tiercel.runtime.object.PyNotImplemented.INSTANCE);
        Reg.method(t, "__ne__", 1, 1, (a, k) -> a[1] instanceof PyBytes ? PyBool.of(!Arrays.equals(b(a[0]), b(a[1])))
                : dev.tiercel.runtime.object.PyNotImplemented.INSTANCE);
        Reg.method(t, "__lt__", 1, 1, (a, k) -> PyBool.of(Arrays.compareUnsigned(b(a[0]), b(a[1])) < 0));
        Reg.method(t, "__le__", 1, 1, (a, k) -> a[1] instanceof PyBytes
                ? PyBool.of(Arrays.compareUnsigned(b(a[0]), b(a[1])) <= 0)
                : dev.tiercel.runtime.object.PyNotImplemented.INSTANCE);
        Reg.method(t, "__gt__", 1, 1, (a, k) -> a[1] instanceof PyBytes
                ? PyBool.of(Arrays.compareUnsigned(b(a[0]), b(a[1])) > 0)
                : dev.tiercel.runtime.object.PyNotImplemented.INSTANCE);
        Reg.method(t, "__ge__", 1, 1, (a, k) -> a[1] instanceof PyBytes
                ? PyBool.of(Arrays.compareUnsigned(b(a[0]), b(a[1])) >= 0)
                : dev.tiercel.runtime.object.PyNotImplemented.INSTANCE);
        Reg.method(t, "__hash__", 0, 0, (a, k) -> PyInt.of(Arrays.hashCode(b(a[0]))));
        Reg.method(t, "join", 1, 1, (a, k) -> {
            byte[] sep = b(a[0]);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PyObject[] items = Ops.toArray(a[1]);
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    out.writeBytes(sep);
                }
                out.writeBytes(b(items[i]));
            }
            return new PyBytes(out.toByteArray());
        });
        BytesText.install(t);
        t.dict.put("fromhex", new dev.tiercel.runtime.object.PyDescriptors.ClassMethod(
                new dev.tiercel.runtime.object.PyBuiltinFunction("fromhex", (a, k) -> {
                    String h = Ops.str(a[1]).replace(" ", "");
                    byte[] out = new byte[h.length() / 2];
                    for (int i = 0; i < out.length; i++) {
                        out[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
                    }
                    return new PyBytes(out);
                }, false, "bytes")));
    }

    /** {@code bytes.hex(sep, bytes_per_sep)}: groups counted from the right for a positive size. */
    static String hex(byte[] v, String sep, long per) {
        StringBuilder sb = new StringBuilder();
        int n = v.length;
        long group = Math.abs(per);
        for (int i = 0; i < n; i++) {
            if (i > 0 && !sep.isEmpty() && group > 0) {
                boolean boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
                if (boundary) {
                    sb.append(sep);
                }
            }
            sb.append(String.format("%02x", v[i] & 0xff));
        }
        return sb.toString();
    }

    /** {@code +} and {@code *} of bytes; null when the operands are not bytes-like/int. */
    public static PyObject binary(PyObject a, PyObject b, int op) {
        if (op == Ops.NB_ADD && a instanceof PyBytes x) {
            if (!(b instanceof PyBytes || b instanceof UnionAndByteArray.ByteArray
                    || b instanceof UnionAndByteArray.MemoryView)) {
                throw PyErr.typeError("can't concat " + b.type().name() + " to bytes");
            }
            byte[] l = x.toByteArray(), r = b(b);
            byte[] out = Arrays.copyOf(l, l.length + r.length);
            System.arraycopy(r, 0, out, l.length, r.length);
            return new PyBytes(out);
        }
        if (op == Ops.NB_MULTIPLY && (a instanceof PyBytes && b instanceof PyInt || a instanceof PyInt
                && b instanceof PyBytes)) {
            PyBytes x = (PyBytes) (a instanceof PyBytes ? a : b);
            return Ops.callMethod(PyTypes.BYTES.lookup("__mul__"), x, a instanceof PyBytes ? b : a);
        }
        return null;
    }

    /** startswith/endswith for one bytes-like prefix or a tuple of them. */
    static boolean affixMatch(byte[] v, PyObject affix, boolean atStart) {
        if (affix instanceof dev.tiercel.runtime.object.PyTuple tuple) {
            for (PyObject one : tuple.items) {
                if (affixMatch(v, one, atStart)) {
                    return true;
                }
            }
            return false;
        }
        byte[] p = b(affix);
        if (v.length < p.length) {
            return false;
        }
        int from = atStart ? 0 : v.length - p.length;
        return Arrays.equals(Arrays.copyOfRange(v, from, from + p.length), p);
    }
}
