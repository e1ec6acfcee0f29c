package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyGenerator;
import dev.tiercel.runtime.object.PyInstance;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyIterator;
import dev.tiercel.runtime.object.PyJavaIterator;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyNotImplemented;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyRange;
import dev.tiercel.runtime.object.PyRangeIterator;
import dev.tiercel.runtime.object.PySeqIterator;
import dev.tiercel.runtime.object.PySet;
import dev.tiercel.runtime.object.PySlice;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import java.util.Arrays;
import java.util.List;

/** Sequence, mapping and set protocols of the builtin containers: items, slices, concatenation, iteration. */
public final class SeqBuiltins {
    private SeqBuiltins() {}

    private static final long XXPRIME_1 = -7046029288634856825L; // 11400714785074694791
    private static final long XXPRIME_2 = -4417276706812531889L; // 14029467366897019727
    private static final long XXPRIME_5 = 2870177450012600261L;
    /** Above this many items a container is refused with MemoryError. */
    static final long MAX_ITEMS = Integer.MAX_VALUE - 16;

    /** CPython 3.13's tuple hash (xxHash-based). */
    public static long tupleHash(PyTuple t) {
        long acc = XXPRIME_5;
        for (PyObject item : t.items) {
            long lane = Ops.hash(item);
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += t.size() ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    /** CPython's frozenset hash. */
    public static long frozensetHash(PySet s) {
        long hash = 0;
        for (int p = s.next(0); p >= 0; p = s.next(p + 1)) {
            long h = Ops.hash(s.keyAt(p));
            hash ^= ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
        }
        if ((s.size() & 1) != 0) {
            hash ^= ((0 ^ 89869747L) ^ (0L << 16)) * 3644798167L;
        }
        hash ^= ((long) s.size() + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    // ------------------------------------------------------------ comparison

    /** Comparison of lists, tuples and sets; null when not applicable. */
    public static PyObject compare(PyObject a, PyObject b, int op) {
        if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
            PyObject[] x = items(a), y = items(b);
            int nx = size(a), ny = size(b);
            if ((op == Ops.EQ || op == Ops.NE) && nx != ny) {
                return PyBool.of(op == Ops.NE);
            }
            int i = 0;
            while (i < nx && i < ny && (x[i] == y[i] || Ops.eq(x[i], y[i]))) {
                i++;
            }
            if (i >= nx || i >= ny) {
                return PyBool.of(Ops.cmpResult(Integer.compare(nx, ny), op));
            }
            if (op == Ops.EQ) {
                return PyBool.FALSE;
            }
            if (op == Ops.NE) {
                return PyBool.TRUE;
            }
            return Ops.richCompare(x[i], y[i], op);
        }
        if (a instanceof PySet x && b instanceof PySet y) {
            return switch (op) {
                case Ops.EQ -> PyBool.of(x.size() == y.size() && subset(x, y));
                case Ops.NE -> PyBool.of(!(x.size() == y.size() && subset(x, y)));
                case Ops.LE -> PyBool.of(subset(x, y));
                case Ops.GE -> PyBool.of(subset(y, x));
                case Ops.LT -> PyBool.of(x.size() < y.size() && subset(x, y));
                default -> PyBool.of(y.size() < x.size() && subset(y, x));
            };
        }
        if (a instanceof PyDict x && b instanceof PyDict y && (op == Ops.EQ || op == Ops.NE)) {
            boolean eq = x.size() == y.size();
            for (int p = x.next(0); eq && p >= 0; p = x.next(p + 1)) {
                PyObject v = y.get(x.keyAt(p));
                eq = v != null && Ops.eq(x.valueAt(p), v);
            }
            return PyBool.of(eq == (op == Ops.EQ));
        }
        if (a instanceof PyRange x && b instanceof PyRange y && (op == Ops.EQ || op == Ops.NE)) {
            boolean eq = x.length == y.length && (x.length == 0 || (x.start == y.start
                    && (x.length == 1 || x.step == y.step)));
            return PyBool.of(eq == (op == Ops.EQ));
        }
        return null;
    }

    static boolean subset(PySet x, PySet y) {
        if (x.size() > y.size()) {
            return false;
        }
        for (int p = x.next(0); p >= 0; p = x.next(p + 1)) {
            if (!y.contains(x.keyAt(p))) {
                return false;
            }
        }
        return true;
    }

    static PyObject[] items(PyObject o) {
        return o instanceof PyList l ? l.items : ((PyTuple) o).items;
    }

    static int size(PyObject o) {
        return o instanceof PyList l ? l.size : ((PyTuple) o).size();
    }

    // ------------------------------------------------------------ operators

    /** In-place operators that mutate: list +=, list *=, set |= &= -= ^=, dict |=. */
    public static PyObject inplace(PyObject a, PyObject b, int op) {
        if (a instanceof PyList l) {
            if (op == Ops.NB_ADD) {
                extend(l, b);
                return l;
            }
            if (op == Ops.NB_MULTIPLY && b instanceof PyInt n) {
                PyObject[] r = repeat(l.items, l.size, n);
                l.items = r.length == 0 ? new PyObject[4] : r;
                l.size = r.length;
                return l;
            }
        }
        if (a instanceof PySet s && !s.isFrozen() && b instanceof PySet o) {
            PySet r = (PySet) setOp(s, o, op);
            if (r == null) {
                return null;
            }
            if (op == Ops.NB_OR) {
                s.merge(o);
            } else {
                s.clear();
                s.merge(r);
            }
            return s;
        }
        if (a instanceof PyDict d && op == Ops.NB_OR) {
            DictBuiltins.update(d, b);
            return d;
        }
        return null;
    }

    /** Binary operators on builtin containers and strings; null when not applicable. */
    public static PyObject binary(PyObject a, PyObject b, int op) {
        switch (op) {
            case Ops.NB_ADD:
                if (a instanceof PyStr x && b instanceof PyStr y) {
                    return PyStr.of(x.value.concat(y.value));
                }
                if (a instanceof PyList x && b instanceof PyList y) {
                    PyObject[] r = Arrays.copyOf(x.items, x.size + y.size);
                    System.arraycopy(y.items, 0, r, x.size, y.size);
                    return new PyList(r, r.length);
                }
                if (a instanceof PyTuple x && b instanceof PyTuple y) {
                    PyObject[] r = Arrays.copyOf(x.items, x.size() + y.size());
                    System.arraycopy(y.items, 0, r, x.size(), y.size());
                    return PyTuple.wrap(r);
                }
                if (a instanceof UnionAndByteArray.ByteArray x && isBytesLike(b)) {
                    return new UnionAndByteArray.ByteArray(concat(x.bytes(), BytesBuiltins.b(b)));
                }
                if (a instanceof dev.tiercel.runtime.object.PyBytes x && b instanceof UnionAndByteArray.ByteArray y) {
                    return new dev.tiercel.runtime.object.PyBytes(concat(x.toByteArray(), y.bytes()));
                }
                if (a instanceof dev.tiercel.runtime.object.PyBytes x && b instanceof dev.tiercel.runtime.object.PyBytes y) {
                    byte[] xs = x.toByteArray(), ys = y.toByteArray();
                    byte[] r = Arrays.copyOf(xs, xs.length + ys.length);
                    System.arraycopy(ys, 0, r, xs.length, ys.length);
                    return new dev.tiercel.runtime.object.PyBytes(r);
                }
                return null;
            case Ops.NB_MULTIPLY:
                if (b instanceof PyInt n && !(a instanceof PyInt)) {
                    return repeatSeq(a, n);
                }
                if (a instanceof PyInt n && !(b instanceof PyInt)) {
                    return repeatSeq(b, n);
                }
                return null;
            case Ops.NB_REMAINDER:
                if (a instanceof PyStr s) {
                    return PyStr.of(PercentFormat.format(s.value, b));
                }
                return null;
            case Ops.NB_OR, Ops.NB_AND, Ops.NB_SUBTRACT, Ops.NB_XOR:
                if (op == Ops.NB_OR && (a instanceof PyType || b instanceof PyType || a instanceof GenericAlias
                        || b instanceof GenericAlias || a instanceof UnionAndByteArray.Union)) {
                    PyObject u = UnionAndByteArray.union(a, b);
                    if (u != null) {
                        return u;
                    }
                }
                if (a instanceof PySet x && b instanceof PySet y) {
                    return setOp(x, y, op);
                }
                if ((a instanceof DictBuiltins.View va && va.kind != 1 && (b instanceof PySet
                        || b instanceof DictBuiltins.View)) || (b instanceof DictBuiltins.View vb && vb.kind != 1
                        && a instanceof PySet)) {
                    PySet x = new PySet(false), y = new PySet(false);
                    SetBuiltins.update(x, a);
                    SetBuiltins.update(y, b);
                    return setOp(x, y, op);
                }
                if (op == Ops.NB_OR && a instanceof PyDict x && b instanceof PyDict y) {
                    PyDict r = x.copy();
                    r.update(y);
                    return r;
                }
                return null;
            default:
                return null;
        }
    }

    static PyObject setOp(PySet x, PySet y, int op) {
        PySet r = new PySet(x.isFrozen());
        switch (op) {
            case Ops.NB_OR:
                r.merge(x);
                r.merge(y);
                return r;
            case Ops.NB_AND:
                for (int p = x.next(0); p >= 0; p = x.next(p + 1)) {
                    if (y.contains(x.keyAt(p))) {
                        r.add(x.keyAt(p));
                    }
                }
                return r;
            case Ops.NB_SUBTRACT:
                for (int p = x.next(0); p >= 0; p = x.next(p + 1)) {
                    if (!y.contains(x.keyAt(p))) {
                        r.add(x.keyAt(p));
                    }
                }
                return r;
            case Ops.NB_XOR:
                for (int p = x.next(0); p >= 0; p = x.next(p + 1)) {
                    if (!y.contains(x.keyAt(p))) {
                        r.add(x.keyAt(p));
                    }
                }
                for (int p = y.next(0); p >= 0; p = y.next(p + 1)) {
                    if (!x.contains(y.keyAt(p))) {
                        r.add(y.keyAt(p));
                    }
                }
                return r;
            default:
                return null;
        }
    }

    private static PyObject repeatSeq(PyObject seq, PyInt n) {
        if (seq instanceof PyStr s) {
            long count = n.big != null ? (n.signum() < 0 ? 0 : Long.MAX_VALUE) : Math.max(0, n.value);
            if (count > 0 && (long) s.value.length() * count > MAX_ITEMS) {
                throw PyErr.memoryError();
            }
            return PyStr.of(s.value.repeat((int) count));
        }
        if (seq instanceof PyList l) {
            PyObject[] r = repeat(l.items, l.size, n);
            return new PyList(r, r.length);
        }
        if (seq instanceof PyTuple t) {
            return PyTuple.wrap(repeat(t.items, t.size(), n));
        }
        return null;
    }

    static PyObject[] repeat(PyObject[] items, int size, PyInt n) {
        long count = n.big != null ? (n.signum() < 0 ? 0 : Long.MAX_VALUE) : Math.max(0, n.value);
        if (size == 0 || count == 0) {
            return new PyObject[0];
        }
        if (count > MAX_ITEMS / size) {
            throw PyErr.memoryError();
        }
        int total = (int) (size * count);
        PyObject[] r = new PyObject[total];
        if (size == 1) {
            Arrays.fill(r, items[0]);
        } else {
            for (int i = 0; i < total; i += size) {
                System.arraycopy(items, 0, r, i, size);
            }
        }
        return r;
    }

    public static void extend(PyList l, PyObject iterable) {
        if (iterable instanceof PyList o) {
            int n = o.size;
            l.ensureCapacity(l.size + n);
            System.arraycopy(o.items, 0, l.items, l.size, n);
            l.size += n;
            return;
        }
        if (iterable instanceof PyTuple t) {
            l.ensureCapacity(l.size + t.size());
            System.arraycopy(t.items, 0, l.items, l.size, t.size());
            l.size += t.size();
            return;
        }
        PyObject it = Ops.iter(iterable);
        for (PyObject v = Ops.next(it); v != null; v = Ops.next(it)) {
            l.append(v);
        }
    }

    // ------------------------------------------------------------ subscripts

    static int normIndex(long i, int len, String what) {
        if (i < 0) {
            i += len;
        }
        if (i < 0 || i >= len) {
            throw PyErr.indexError(what + " index out of range");
        }
        return (int) i;
    }

    private static long idx(PyObject key, String type) {
        if (key instanceof PyInt i) {
            if (i.big != null) {
                throw PyErr.of(dev.tiercel.runtime.object.PyExc.IndexError,
                        "cannot fit 'int' into an index-sized integer");
            }
            return i.value;
        }
        if (Ops.usesDunders(key) && key.type().lookup("__index__") != null) {
            return Ops.index(key);
        }
        throw PyErr.typeError(type + " indices must be integers or slices, not " + key.type().name());
    }

    /** A method defined in Python on the (heap) type of {@code o}, overriding the builtin one; else null. */
    static PyObject userMethod(PyObject o, String name) {
        PyType t = o.type();
        if (!t.heap) {
            return null;
        }
        PyObject m = t.lookup(name);
        return m instanceof dev.tiercel.runtime.object.PyFunction ? m : null;
    }

    public static PyObject getitem(PyObject o, PyObject key) {
        PyObject um = userMethod(o, "__getitem__");
        if (um != null) {
            return Ops.callMethod(um, o, key);
        }
        if (o instanceof PyList l) {
            if (key instanceof PySlice s) {
                long[] r = s.indices(l.size);
                PyObject[] out = slice(l.items, r);
                return new PyList(out, out.length);
            }
            return l.items[normIndex(idx(key, "list"), l.size, "list")];
        }
        if (o instanceof PyTuple t) {
            if (key instanceof PySlice s) {
                return PyTuple.wrap(slice(t.items, s.indices(t.size())));
            }
            return t.items[normIndex(idx(key, "tuple"), t.size(), "tuple")];
        }
        if (o instanceof PyDict d) {
            PyObject v = d.get(key);
            if (v == null) {
                return DictBuiltins.missing(d, key);
            }
            return v;
        }
        if (o instanceof PyStr s) {
            if (key instanceof PySlice sl) {
                return StrBuiltins.slice(s, sl);
            }
            int i = normIndex(idx(key, "string"), s.length(), "string");
            return PyStr.ofCodePoint(s.codePointAt(i));
        }
        if (o instanceof PyRange r) {
            if (key instanceof PySlice sl) {
                long[] ix = sl.indices(r.length);
                return new PyRange(r.get(ix[0]), r.get(ix[0]) + ix[3] * r.step * ix[2], r.step * ix[2]);
            }
            long i = idx(key, "range");
            if (i < 0) {
                i += r.length;
            }
            if (i < 0 || i >= r.length) {
                throw PyErr.indexError("range object index out of range");
            }
            return PyInt.of(r.get(i));
        }
        if (o instanceof PyType t) {
            if (t.type().heap) {
                PyObject mg = t.type().lookup("__getitem__");
                if (mg != null) {
                    return Ops.callMethod(mg, t, key);
                }
            }
            PyObject m = t.lookup("__class_getitem__");
            if (m instanceof dev.tiercel.runtime.object.PyDescriptors.ClassMethod cm) {
                return Ops.call(cm.func, t, key);
            }
            if (m != null) {
                return Ops.call(m, t, key);
            }
            if (GenericAlias.GENERIC.contains(t) || !t.heap) {
                return new GenericAlias(t, key);
            }
            throw PyErr.typeError("type '" + t.name() + "' is not subscriptable");
        }
        PyObject m = o.type().lookup("__getitem__");
        if (m != null) {
            return Ops.callMethod(m, o, key);
        }
        throw PyErr.typeError("'" + o.type().name() + "' object is not subscriptable");
    }

    static PyObject[] slice(PyObject[] items, long[] r) {
        int n = (int) r[3];
        PyObject[] out = new PyObject[n];
        if (r[2] == 1) {
            System.arraycopy(items, (int) r[0], out, 0, n);
        } else {
            long j = r[0];
            for (int i = 0; i < n; i++, j += r[2]) {
                out[i] = items[(int) j];
            }
        }
        return out;
    }

    public static void setitem(PyObject o, PyObject key, PyObject v) {
        PyObject um = userMethod(o, "__setitem__");
        if (um != null) {
            Ops.callMethod(um, o, key, v);
            return;
        }
        if (o instanceof PyList l) {
            if (key instanceof PySlice s) {
                ListBuiltins.setSlice(l, s, v);
                return;
            }
            l.items[normIndex(idx(key, "list"), l.size, "list assignment")] = v;
            return;
        }
        if (o instanceof PyDict d) {
            d.put(key, v);
            return;
        }
        PyObject m = o.type().lookup("__setitem__");
        if (m != null) {
            Ops.callMethod(m, o, key, v);
            return;
        }
        throw PyErr.typeError("'" + o.type().name() + "' object does not support item assignment");
    }

    public static void delitem(PyObject o, PyObject key) {
        PyObject um = userMethod(o, "__delitem__");
        if (um != null) {
            Ops.callMethod(um, o, key);
            return;
        }
        if (o instanceof PyList l) {
            if (key instanceof PySlice s) {
                ListBuiltins.delSlice(l, s);
                return;
            }
            l.remove(normIndex(idx(key, "list"), l.size, "list assignment"));
            return;
        }
        if (o instanceof PyDict d) {
            if (d.remove(key) == null) {
                throw PyErr.keyError(key);
            }
            return;
        }
        PyObject m = o.type().lookup("__delitem__");
        if (m != null) {
            Ops.callMethod(m, o, key);
            return;
        }
        throw PyErr.typeError("'" + o.type().name() + "' object doesn't support item deletion");
    }

    public static boolean contains(PyObject c, PyObject item) {
        PyObject um = userMethod(c, "__contains__");
        if (um != null) {
            return Ops.isTrue(Ops.callMethod(um, c, item));
        }
        if (c instanceof PyDict d) {
            return d.containsKey(item);
        }
        if (c instanceof PySet s) {
            return s.contains(item);
        }
        if (c instanceof PyStr s) {
            if (!(item instanceof PyStr i)) {
                throw PyErr.typeError("'in <string>' requires string as left operand, not " + item.type().name());
            }
            return s.value.contains(i.value);
        }
        if (c instanceof PyList || c instanceof PyTuple) {
            PyObject[] items = items(c);
            int n = size(c);
            for (int i = 0; i < n; i++) {
                if (items[i] == item || Ops.eq(items[i], item)) {
                    return true;
                }
            }
            return false;
        }
        if (c instanceof PyRange r && item instanceof PyInt i && i.big == null) {
            long v = i.value;
            if (r.length == 0) {
                return false;
            }
            long last = r.get(r.length - 1);
            boolean inBounds = r.step > 0 ? v >= r.start && v <= last : v <= r.start && v >= last;
            return inBounds && (v - r.start) % r.step == 0;
        }
        PyObject m = c.type().lookup("__contains__");
        if (m != null) {
            return Ops.isTrue(Ops.callMethod(m, c, item));
        }
        PyObject it = Ops.iter(c);
        for (PyObject v = Ops.next(it); v != null; v = Ops.next(it)) {
            if (v == item || Ops.eq(v, item)) {
                return true;
            }
        }
        return false;
    }

    /** What {@code __len__} returned, checked as CPython does (an int, non-negative, index-sized). */
    public static int lenResult(PyObject r) {
        if (!(r instanceof PyInt i)) {
            throw PyErr.typeError("'" + r.type().name() + "' object cannot be interpreted as an integer");
        }
        if (i.signum() < 0) {
            throw PyErr.valueError("__len__() should return >= 0");
        }
        if (i.big != null || i.value > Integer.MAX_VALUE) {
            throw PyErr.overflow("cannot fit 'int' into an index-sized integer");
        }
        return (int) i.value;
    }

    public static int len(PyObject o) {
        PyObject um = userMethod(o, "__len__");
        if (um != null && !(o instanceof dev.tiercel.runtime.object.PyInstance)) {
            return lenResult(Ops.callMethod(um, o));
        }
        if (o instanceof PyList l) {
            return l.size;
        }
        if (o instanceof PyTuple t) {
            return t.size();
        }
        if (o instanceof PyStr s) {
            return s.length();
        }
        if (o instanceof PyDict d) {
            return d.size();
        }
        if (o instanceof PySet s) {
            return s.size();
        }
        if (o instanceof PyRange r) {
            if (r.length > Integer.MAX_VALUE) {
                throw IntBuiltins.tooLarge();
            }
            return (int) r.length;
        }
        if (o instanceof dev.tiercel.runtime.object.PyBytes b) {
            return b.length();
        }
        PyObject m = o.type().lookup("__len__");
        if (m != null) {
            return lenResult(Ops.callMethod(m, o));
        }
        throw PyErr.typeError("object of type '" + o.type().name() + "' has no len()");
    }

    public static PyObject iter(PyObject o) {
        PyObject um = userMethod(o, "__iter__");
        if (um != null && !(o instanceof dev.tiercel.runtime.object.PyInstance)) {
            return Ops.callMethod(um, o);
        }
        if (o instanceof PyList || o instanceof PyTuple) {
            return new PySeqIterator(o);
        }
        if (o instanceof PyRange r) {
            return new PyRangeIterator(r.start, r.step, r.length);
        }
        if (o instanceof PyIterator || PyGenerator.isPlain(o)) {
            return o;
        }
        if (o instanceof PyDict d) {
            return DictBuiltins.keyIterator(d);
        }
        if (o instanceof PySet s) {
            return SetBuiltins.iterator(s);
        }
        if (o instanceof PyStr s) {
            int[] i = {0};
            return new PyJavaIterator("str_ascii_iterator", () -> i[0] < s.length()
                    ? PyStr.ofCodePoint(s.codePointAt(i[0]++)) : null);
        }
        PyType t = o.type();
        PyObject m = t.lookup("__iter__");
        if (m != null && m != dev.tiercel.runtime.object.PyNone.INSTANCE) {
            PyObject it = Ops.callMethod(m, o);
            if (it.type().lookup("__next__") == null && !(it instanceof PyIterator) && !PyGenerator.isPlain(it)) {
                throw PyErr.typeError("iter() returned non-iterator of type '" + it.type().name() + "'");
            }
            return it;
        }
        PyObject gi = t.lookup("__getitem__");
        if (gi != null) {
            long[] i = {0};
            return new PyJavaIterator("iterator", () -> {
                try {
                    return Ops.callMethod(gi, o, PyInt.of(i[0]++));
                } catch (dev.tiercel.runtime.object.PyException e) {
                    if (e.value.isInstance(dev.tiercel.runtime.object.PyExc.IndexError)
                            || e.value.isInstance(dev.tiercel.runtime.object.PyExc.StopIteration)) {
                        return null;
                    }
                    throw e;
                }
            });
        }
        throw PyErr.typeError("'" + t.name() + "' object is not iterable");
    }

    /** Unpacks exactly {@code n} values (UNPACK_SEQUENCE), in order. */
    public static PyObject[] unpack(PyObject seq, int n) {
        if (seq instanceof PyTuple t && t.size() == n) {
            return t.items;
        }
        if (seq instanceof PyList l && l.size == n) {
            return l.toArray();
        }
        if (seq instanceof PyTuple || seq instanceof PyList) {
            int have = size(seq);
            if (have > n) {
                throw PyErr.valueError("too many values to unpack (expected " + n + ")");
            }
            throw PyErr.valueError("not enough values to unpack (expected " + n + ", got " + have + ")");
        }
        PyObject it;
        try {
            it = Ops.iter(seq);
        } catch (dev.tiercel.runtime.object.PyException e) {
            if (e.value.isInstance(dev.tiercel.runtime.object.PyExc.TypeError)) {
                throw PyErr.typeError("cannot unpack non-iterable " + seq.type().name() + " object");
            }
            throw e;
        }
        PyObject[] out = new PyObject[n];
        for (int i = 0; i < n; i++) {
            PyObject v = Ops.next(it);
            if (v == null) {
                throw PyErr.valueError("not enough values to unpack (expected " + n + ", got " + i + ")");
            }
            out[i] = v;
        }
        if (Ops.next(it) != null) {
            throw PyErr.valueError("too many values to unpack (expected " + n + ")");
        }
        return out;
    }

    /** UNPACK_EX: {@code before} values, a list of the middle, {@code after} values. */
    public static PyObject[] unpackEx(PyObject seq, int before, int after) {
        List<PyObject> all = Ops.toList(seq);
        if (all.size() < before + after) {
            throw PyErr.valueError("not enough values to unpack (expected at least " + (before + after) + ", got "
                    + all.size() + ")");
        }
        PyObject[] out = new PyObject[before + after + 1];
        for (int i = 0; i < before; i++) {
            out[i] = all.get(i);
        }
        int mid = all.size() - before - after;
        out[before] = PyList.of(all.subList(before, before + mid).toArray(new PyObject[0]));
        for (int i = 0; i < after; i++) {
            out[before + 1 + i] = all.get(before + mid + i);
        }
        return out;
    }

    static PyObject notImpl() {
        return PyNotImplemented.INSTANCE;
    }

    private static boolean isBytesLike(PyObject o) {
        return o instanceof dev.tiercel.runtime.object.PyBytes || o instanceof UnionAndByteArray.ByteArray;
    }

    private static byte[] concat(byte[] x, byte[] y) {
        byte[] r = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, r, x.length, y.length);
        return r;
    }
}
