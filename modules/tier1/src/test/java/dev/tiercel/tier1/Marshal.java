package dev.tiercel.tier1;

import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBytes;
import dev.tiercel.runtime.object.PyComplex;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyEllipsis;
import dev.tiercel.runtime.object.PyFloat;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PySet;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CPython 3.13's marshal format (what {@code marshal.dumps(compile(...))} writes), so the tier-1 tests can
 * run code objects compiled by CPython itself, independently of our frontend.
 */
final class Marshal {
    private final ByteBuffer buf;
    private final List<PyObject> refs = new ArrayList<>();

    private Marshal(byte[] data) {
        buf = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    }

    static PyObject load(byte[] data) {
        return new Marshal(data).read();
    }

    private PyObject read() {
        int b = buf.get() & 0xff;
        int type = b & 0x7f;
        boolean flag = (b & 0x80) != 0;
        int idx = -1;
        if (flag) {
            idx = refs.size();
            refs.add(null);
        }
        PyObject v = readBody(type);
        if (flag) {
            refs.set(idx, v);
        }
        return v;
    }

    private String str(int n, boolean ascii) {
        byte[] b = new byte[n];
        buf.get(b);
        return new String(b, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    private PyObject readBody(int type) {
        switch (type) {
            case '0':
                return null;
            case 'N':
                return PyNone.INSTANCE;
            case 'F':
                return PyBool.FALSE;
            case 'T':
                return PyBool.TRUE;
            case '.':
                return PyEllipsis.INSTANCE;
            case 'i':
                return PyInt.of(buf.getInt());
            case 'l': {
                int n = buf.getInt();
                BigInteger v = BigInteger.ZERO;
                int count = Math.abs(n);
                for (int i = 0; i < count; i++) {
                    int digit = buf.getShort() & 0xffff;
                    v = v.or(BigInteger.valueOf(digit).shiftLeft(15 * i));
                }
                return PyInt.of(n < 0 ? v.negate() : v);
            }
            case 'g':
                return PyFloat.of(buf.getDouble());
            case 'y':
                return new PyComplex(buf.getDouble(), buf.getDouble());
            case 's': {
                byte[] b = new byte[buf.getInt()];
                buf.get(b);
                return new PyBytes(b);
            }
            case 'u', 't':
                return PyStr.of(str(buf.getInt(), false));
            case 'a', 'A':
                return PyStr.of(str(buf.getInt(), true));
            case 'z', 'Z':
                return PyStr.of(str(buf.get() & 0xff, true));
            case '(', ')': {
                int n = type == ')' ? buf.get() & 0xff : buf.getInt();
                PyObject[] items = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    items[i] = read();
                }
                return PyTuple.wrap(items);
            }
            case '[': {
                int n = buf.getInt();
                PyList l = new PyList();
                for (int i = 0; i < n; i++) {
                    l.append(read());
                }
                return l;
            }
            case '{': {
                PyDict d = new PyDict();
                while (true) {
                    PyObject k = read();
                    if (k == null) {
                        return d;
                    }
                    d.put(k, read());
                }
            }
            case '<', '>': {
                int n = buf.getInt();
                PySet s = new PySet(type == '>');
                for (int i = 0; i < n; i++) {
                    s.add(read());
                }
                return s;
            }
            case 'r':
                return refs.get(buf.getInt());
            case 'c':
                return code();
            default:
                throw new IllegalStateException("marshal type " + (char) type);
        }
    }

    private PyCode code() {
        int argcount = buf.getInt(), posonly = buf.getInt(), kwonly = buf.getInt(), stacksize = buf.getInt();
        int flags = buf.getInt();
        byte[] raw = ((PyBytes) read()).toByteArray();
        short[] units = new short[raw.length / 2];
        for (int i = 0; i < units.length; i++) {
            units[i] = (short) ((raw[2 * i] & 0xff) | ((raw[2 * i + 1] & 0xff) << 8));
        }
        PyObject[] consts = ((PyTuple) read()).items;
        String[] names = strings((PyTuple) read());
        String[] lpnames = strings((PyTuple) read());
        byte[] kinds = ((PyBytes) read()).toByteArray();
        String filename = ((PyStr) read()).value;
        String name = ((PyStr) read()).value;
        String qualname = ((PyStr) read()).value;
        int firstlineno = buf.getInt();
        byte[] linetable = ((PyBytes) read()).toByteArray();
        byte[] exctable = ((PyBytes) read()).toByteArray();
        return new PyCode(argcount, posonly, kwonly, stacksize, flags, units, consts, names, lpnames, kinds, filename,
                name, qualname, firstlineno, linetable, exctable);
    }

    private static String[] strings(PyTuple t) {
        String[] out = new String[t.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((PyStr) t.get(i)).value;
        }
        return out;
    }
}
