package dev.tiercel.stdlib;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyInstance;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PySet;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import dev.tiercel.runtime.spi.BuiltinModuleProvider;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Small standard-library modules: heapq, bisect, string, operator, copy. */
public final class SmallModules {
    private SmallModules() {}

    /** A provider from a name and a factory. */
    abstract static class Simple implements BuiltinModuleProvider {
        private final String name;
        private final Supplier<PyModule> factory;

        Simple(String name, Supplier<PyModule> factory) {
            this.name = name;
            this.factory = factory;
        }

        @Override
        public String moduleName() {
            return name;
        }

        @Override
        public PyModule create() {
            return factory.get();
        }
    }

    public static final class Heapq extends Simple {
        public Heapq() {
            super("heapq", SmallModules::heapq);
        }
    }

    public static final class Bisect extends Simple {
        public Bisect() {
            super("bisect", SmallModules::bisect);
        }
    }

    public static final class StringMod extends Simple {
        public StringMod() {
            super("string", SmallModules::string);
        }
    }

    public static final class Operator extends Simple {
        public Operator() {
            super("operator", SmallModules::operator);
        }
    }

    public static final class Copy extends Simple {
        public Copy() {
            super("copy", SmallModules::copy);
        }
    }

    // ------------------------------------------------------------------ heapq

    private static boolean lt(PyObject a, PyObject b) {
        return Ops.lessThan(a, b);
    }

    static void siftDown(PyList h, int start, int pos) {
        PyObject item = h.items[pos];
        while (pos > start) {
            int parent = (pos - 1) >> 1;
            PyObject p = h.items[parent];
            if (lt(item, p)) {
                h.items[pos] = p;
                pos = parent;
                continue;
            }
            break;
        }
        h.items[pos] = item;
    }

    static void siftUp(PyList h, int pos) {
        int end = h.size, start = pos;
        PyObject item = h.items[pos];
        int child = 2 * pos + 1;
        while (child < end) {
            int right = child + 1;
            if (right < end && !lt(h.items[child], h.items[right])) {
                child = right;
            }
            h.items[pos] = h.items[child];
            pos = child;
            child = 2 * pos + 1;
        }
        h.items[pos] = item;
        siftDown(h, start, pos);
    }

    private static PyList heap(PyObject o) {
        if (!(o instanceof PyList l)) {
            throw PyErr.typeError("heap argument must be a list");
        }
        return l;
    }

    private static PyObject heappop(PyList h) {
        if (h.size == 0) {
            throw PyErr.of(PyExc.IndexError, "index out of range");
        }
        PyObject last = h.remove(h.size - 1);
        if (h.size > 0) {
            PyObject ret = h.items[0];
            h.items[0] = last;
            siftUp(h, 0);
            return ret;
        }
        return last;
    }

    static PyModule heapq() {
        PyModule m = new PyModule("heapq");
        Mod.fn(m, "heappush", (a, k) -> {
            PyList h = heap(a[0]);
            h.append(a[1]);
            siftDown(h, 0, h.size - 1);
            return PyNone.INSTANCE;
        });
        Mod.fn(m, "heappop", (a, k) -> heappop(heap(a[0])));
        Mod.fn(m, "heapify", (a, k) -> {
            PyList h = heap(a[0]);
            for (int i = h.size / 2 - 1; i >= 0; i--) {
                siftUp(h, i);
            }
            return PyNone.INSTANCE;
        });
        Mod.fn(m, "heappushpop", (a, k) -> {
            PyList h = heap(a[0]);
            PyObject item = a[1];
            if (h.size > 0 && lt(h.items[0], item)) {
                PyObject r = h.items[0];
                h.items[0] = item;
                siftUp(h, 0);
                return r;
            }
            return item;
        });
        Mod.fn(m, "heapreplace", (a, k) -> {
            PyList h = heap(a[0]);
            if (h.size == 0) {
                throw PyErr.of(PyExc.IndexError, "index out of range");
            }
            PyObject r = h.items[0];
            h.items[0] = a[1];
            siftUp(h, 0);
            return r;
        });
        PyBuiltinFunction.Body nsmallest = (a, k) -> nbest(a, k, false);
        Mod.fn(m, "nsmallest", nsmallest);
        Mod.fn(m, "nlargest", (a, k) -> nbest(a, k, true));
        Mod.fn(m, "merge", (a, k) -> {
            PyList all = new PyList();
            for (int i = 0; i < Args.npos(a, k); i++) {
                Ops.extend(all, a[i]);
            }
            PyObject key = Args.kw(a, k, "key");
            PyObject rev = Args.kw(a, k, "reverse");
            Ops.call(Ops.getattr(all, "sort"), new PyObject[] {key == null ? PyNone.INSTANCE : key,
                rev == null ? PyBool.FALSE : rev}, new String[] {"key", "reverse"});
            return Ops.iter(all);
        });
        return m;
    }

    private static PyObject nbest(PyObject[] a, String[] k, boolean largest) {
        long n = Ops.index(a[0]);
        PyObject key = Args.kw(a, k, "key");
        PyObject[] items = Ops.toArray(a[1]).clone();
        PyList l = PyList.of(items);
        Ops.call(Ops.getattr(l, "sort"), new PyObject[] {key == null ? PyNone.INSTANCE : key, PyBool.of(largest)},
                new String[] {"key", "reverse"});
        PyList out = new PyList();
        for (int i = 0; i < Math.min(n, l.size); i++) {
            out.append(l.items[i]);
        }
        return out;
    }

    // ------------------------------------------------------------------ bisect

    private static int bisect(PyObject[] a, String[] k, boolean right) {
        PyObject seq = a[0], x = a[1];
        int n = Args.npos(a, k);
        long lo = n > 2 ? Ops.index(a[2]) : Args.kw(a, k, "lo") != null ? Ops.index(Args.kw(a, k, "lo")) : 0;
        PyObject hiO = n > 3 ? a[3] : Args.kw(a, k, "hi");
        long hi = hiO == null || hiO == PyNone.INSTANCE ? Ops.len(seq) : Ops.index(hiO);
        PyObject key = Args.kw(a, k, "key");
        if (lo < 0) {
            throw PyErr.valueError("lo must be non-negative");
        }
        while (lo < hi) {
            long mid = (lo + hi) / 2;
            PyObject v = Ops.getitem(seq, PyInt.of(mid));
            if (key != null && key != PyNone.INSTANCE) {
                v = Ops.call(key, v);
            }
            boolean goLeft = right ? Ops.lessThan(x, v) : !Ops.lessThan(v, x);
            if (goLeft) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return (int) lo;
    }

    static PyModule bisect() {
        PyModule m = new PyModule("bisect");
        Mod.fn(m, "bisect_left", (a, k) -> PyInt.of(bisect(a, k, false)));
        Mod.fn(m, "bisect_right", (a, k) -> PyInt.of(bisect(a, k, true)));
        m.set("bisect", m.dict().getStr("bisect_right"));
        Mod.fn(m, "insort_left", (a, k) -> {
            PyObject key = Args.kw(a, k, "key");
            PyObject[] b = a.clone();
            if (key != null && key != PyNone.INSTANCE) {
                b[1] = Ops.call(key, a[1]);
            }
            ((PyList) a[0]).insert(bisect(b, k, false), a[1]);
            return PyNone.INSTANCE;
        });
        Mod.fn(m, "insort_right", (a, k) -> {
            PyObject key = Args.kw(a, k, "key");
            PyObject[] b = a.clone();
            if (key != null && key != PyNone.INSTANCE) {
                b[1] = Ops.call(key, a[1]);
            }
            ((PyList) a[0]).insert(bisect(b, k, true), a[1]);
            return PyNone.INSTANCE;
        });
        m.set("insort", m.dict().getStr("insort_right"));
        return m;
    }

    // ------------------------------------------------------------------ string

    static PyModule string() {
        PyModule m = new PyModule("string");
        String lower = "abcdefghijklmnopqrstuvwxyz", upper = lower.toUpperCase(), digits = "0123456789";
        String punct = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
        m.set("ascii_lowercase", PyStr.of(lower));
        m.set("ascii_uppercase", PyStr.of(upper));
        m.set("ascii_letters", PyStr.of(lower + upper));
        m.set("digits", PyStr.of(digits));
        m.set("hexdigits", PyStr.of(digits + "abcdefABCDEF"));
        m.set("octdigits", PyStr.of("01234567"));
        m.set("punctuation", PyStr.of(punct));
        m.set("whitespace", PyStr.of(" \t\n\r\u000b\u000c"));
        m.set("printable", PyStr.of(digits + lower + upper + punct + " \t\n\r\u000b\u000c"));
        Mod.fn(m, "capwords", (a, k) -> {
            StringBuilder sb = new StringBuilder();
            for (String w : Ops.str(a[0]).trim().split("\\s+")) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                if (!w.isEmpty()) {
                    sb.append(w.substring(0, 1).toUpperCase()).append(w.substring(1).toLowerCase());
                }
            }
            return PyStr.of(sb.toString());
        });
        return m;
    }

    // ------------------------------------------------------------------ operator

    private static void binop(PyModule m, String name, int nb) {
        Mod.fn(m, name, (a, k) -> Ops.binaryOp(a[0], a[1], nb));
        Mod.fn(m, "__" + name.replace("_", "") + "__", (a, k) -> Ops.binaryOp(a[0], a[1], nb));
    }

    static PyModule operator() {
        PyModule m = new PyModule("operator");
        binop(m, "add", Ops.NB_ADD);
        binop(m, "sub", Ops.NB_SUBTRACT);
        binop(m, "mul", Ops.NB_MULTIPLY);
        binop(m, "truediv", Ops.NB_TRUE_DIVIDE);
        binop(m, "floordiv", Ops.NB_FLOOR_DIVIDE);
        binop(m, "mod", Ops.NB_REMAINDER);
        binop(m, "pow", Ops.NB_POWER);
        binop(m, "and_", Ops.NB_AND);
        binop(m, "or_", Ops.NB_OR);
        binop(m, "xor", Ops.NB_XOR);
        binop(m, "lshift", Ops.NB_LSHIFT);
        binop(m, "rshift", Ops.NB_RSHIFT);
        binop(m, "matmul", Ops.NB_MATRIX_MULTIPLY);
        String[] cmp = {"lt", "le", "eq", "ne", "gt", "ge"};
        for (int i = 0; i < cmp.length; i++) {
            int op = i;
            Mod.fn(m, cmp[i], (a, k) -> Ops.richCompare(a[0], a[1], op));
        }
        Mod.fn(m, "neg", (a, k) -> Ops.negative(a[0]));
        Mod.fn(m, "pos", (a, k) -> Ops.positive(a[0]));
        Mod.fn(m, "invert", (a, k) -> Ops.invert(a[0]));
        Mod.fn(m, "abs", (a, k) -> Ops.abs(a[0]));
        Mod.fn(m, "not_", (a, k) -> PyBool.of(!Ops.isTrue(a[0])));
        Mod.fn(m, "truth", (a, k) -> PyBool.of(Ops.isTrue(a[0])));
        Mod.fn(m, "is_", (a, k) -> PyBool.of(a[0] == a[1]));
        Mod.fn(m, "is_not", (a, k) -> PyBool.of(a[0] != a[1]));
        Mod.fn(m, "contains", (a, k) -> PyBool.of(Ops.contains(a[0], a[1])));
        Mod.fn(m, "getitem", (a, k) -> Ops.getitem(a[0], a[1]));
        Mod.fn(m, "setitem", (a, k) -> {
            Ops.setitem(a[0], a[1], a[2]);
            return PyNone.INSTANCE;
        });
        Mod.fn(m, "delitem", (a, k) -> {
            Ops.delitem(a[0], a[1]);
            return PyNone.INSTANCE;
        });
        Mod.fn(m, "index", (a, k) -> PyInt.of(Ops.index(a[0])));
        Mod.fn(m, "concat", (a, k) -> Ops.binaryOp(a[0], a[1], Ops.NB_ADD));
        Mod.fn(m, "itemgetter", (a, k) -> {
            PyObject[] keys = a.clone();
            return new PyBuiltinFunction("itemgetter", (b, kk) -> {
                if (keys.length == 1) {
                    return Ops.getitem(b[0], keys[0]);
                }
                PyObject[] out = new PyObject[keys.length];
                for (int i = 0; i < keys.length; i++) {
                    out[i] = Ops.getitem(b[0], keys[i]);
                }
                return PyTuple.wrap(out);
            }, false, "operator");
        });
        Mod.fn(m, "attrgetter", (a, k) -> {
            String[] names = new String[a.length];
            for (int i = 0; i < a.length; i++) {
                names[i] = Ops.str(a[i]);
            }
            return new PyBuiltinFunction("attrgetter", (b, kk) -> {
                PyObject[] out = new PyObject[names.length];
                for (int i = 0; i < names.length; i++) {
                    PyObject v = b[0];
                    for (String part : names[i].split("\\.")) {
                        v = Ops.getattr(v, part);
                    }
                    out[i] = v;
                }
                return names.length == 1 ? out[0] : PyTuple.wrap(out);
            }, false, "operator");
        });
        Mod.fn(m, "methodcaller", (a, k) -> {
            String name = Ops.str(a[0]);
            PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            return new PyBuiltinFunction("methodcaller", (b, kk) -> Ops.call(Ops.getattr(b[0], name), rest, k),
                    false, "operator");
        });
        return m;
    }

    // ------------------------------------------------------------------ copy

    static PyObject shallow(PyObject o) {
        if (o instanceof PyList l && l.type() == PyTypes.LIST) {
            return PyList.of(l.toArray());
        }
        if (o instanceof PyDict d && d.type() == PyTypes.DICT) {
            return d.copy();
        }
        if (o instanceof PySet s) {
            return s.isFrozen() ? s : s.copy(false);
        }
        PyObject cp = o.type().lookup("__copy__");
        if (cp != null) {
            return Ops.callMethod(cp, o);
        }
        if (o instanceof PyInstance pi) {
            PyInstance c = new PyInstance(pi.type());
            if (pi.instanceDict() != null) {
                c.instanceDict().putAll(pi.instanceDict());
            }
            if (pi.slots != null) {
                System.arraycopy(pi.slots, 0, c.slots, 0, pi.slots.length);
            }
            return c;
        }
        return o;
    }

    static PyObject deep(PyObject o, Map<PyObject, PyObject> memo) {
        PyObject done = memo.get(o);
        if (done != null) {
            return done;
        }
        if (o instanceof PyList l) {
            PyList c = l.type() == PyTypes.LIST ? new PyList() : new PyList(l.type());
            memo.put(o, c);
            for (int i = 0; i < l.size; i++) {
                c.append(deep(l.items[i], memo));
            }
            return c;
        }
        if (o instanceof PyDict d) {
            PyDict c = d.type() == PyTypes.DICT ? new PyDict() : new PyDict(d.type());
            memo.put(o, c);
            if (d.instanceDict() != null) {
                c.instanceDict().putAll(d.instanceDict());
            }
            for (int p = d.next(0); p >= 0; p = d.next(p + 1)) {
                c.put(deep(d.keyAt(p), memo), deep(d.valueAt(p), memo));
            }
            return c;
        }
        if (o instanceof PyTuple t) {
            PyObject[] items = new PyObject[t.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = deep(t.items[i], memo);
            }
            return t.type() == PyTypes.TUPLE ? PyTuple.wrap(items) : new PyTuple(t.type(), items);
        }
        if (o instanceof PySet s && !s.isFrozen()) {
            PySet c = new PySet(false);
            memo.put(o, c);
            for (int p = s.next(0); p >= 0; p = s.next(p + 1)) {
                c.add(deep(s.keyAt(p), memo));
            }
            return c;
        }
        PyObject dc = o.type().lookup("__deepcopy__");
        if (dc != null) {
            return Ops.callMethod(dc, o, new PyDict());
        }
        if (o instanceof PyInstance pi) {
            PyInstance c = new PyInstance(pi.type());
            memo.put(o, c);
            if (pi.instanceDict() != null) {
                for (var e : pi.instanceDict().entrySet()) {
                    c.instanceDict().put(e.getKey(), deep(e.getValue(), memo));
                }
            }
            if (pi.slots != null) {
                for (int i = 0; i < pi.slots.length; i++) {
                    c.slots[i] = pi.slots[i] == null ? null : deep(pi.slots[i], memo);
                }
            }
            return c;
        }
        return o;
    }

    static PyModule copy() {
        PyModule m = new PyModule("copy");
        Mod.fn(m, "copy", (a, k) -> shallow(a[0]));
        Mod.fn(m, "deepcopy", (a, k) -> deep(a[0], new IdentityHashMap<>()));
        m.set("Error", PyExc.Exception);
        return m;
    }

    static PyType unused() {
        return PyTypes.OBJECT;
    }
}
