package dev.tiercel.stdlib;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyDescriptors;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyJavaIterator;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import dev.tiercel.runtime.spi.BuiltinModuleProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The {@code collections} module: defaultdict, Counter, OrderedDict, deque and namedtuple. */
public final class CollectionsModule implements BuiltinModuleProvider {
    @Override
    public String moduleName() {
        return "collections";
    }

    static PyType type(String name, PyType base) {
        PyType t = new PyType(name, new PyType[] {base}, true);
        t.module = "collections";
        return t;
    }

    static void method(PyType t, String name, PyBuiltinFunction.Body body) {
        t.dict.put(name, new PyBuiltinFunction(name, body, true, t.name()));
    }

    private static PyObject[] rest(PyObject[] a) {
        return Arrays.copyOfRange(a, 1, a.length);
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("collections");
        m.set("defaultdict", defaultdict());
        PyType counter = counter();
        m.set("Counter", counter);
        m.set("OrderedDict", orderedDict());
        m.set("deque", PyDeque.TYPE);
        PyDeque.install();
        m.set("namedtuple", new PyBuiltinFunction("namedtuple", NamedTuple::make, false, "collections"));
        return m;
    }

    private static PyType defaultdict() {
        PyType t = type("defaultdict", PyTypes.DICT);
        method(t, "__init__", (a, k) -> {
            PyDict d = (PyDict) a[0];
            int n = Args.npos(a, k);
            PyObject factory = n > 1 ? a[1] : PyNone.INSTANCE;
            if (factory != PyNone.INSTANCE && !isCallable(factory)) {
                throw PyErr.typeError("first argument must be callable or None");
            }
            d.instanceDict().put("default_factory", factory);
            if (n > 2) {
                Ops.dictUpdate(d, a[2]);
            }
            if (k != null) {
                for (int i = 0; i < k.length; i++) {
                    d.putStr(k[i], a[n + i]);
                }
            }
            return PyNone.INSTANCE;
        });
        method(t, "__missing__", (a, k) -> {
            PyDict d = (PyDict) a[0];
            PyObject f = d.instanceDict().getOrDefault("default_factory", PyNone.INSTANCE);
            if (f == PyNone.INSTANCE) {
                throw PyErr.keyError(a[1]);
            }
            PyObject v = Ops.call(f);
            d.put(a[1], v);
            return v;
        });
        method(t, "__repr__", (a, k) -> {
            PyDict d = (PyDict) a[0];
            PyObject f = d.instanceDict().getOrDefault("default_factory", PyNone.INSTANCE);
            PyDict plain = new PyDict();
            plain.update(d);
            return PyStr.of(d.type().name() + "(" + Ops.repr(f) + ", " + Ops.repr(plain) + ")");
        });
        method(t, "copy", (a, k) -> {
            PyDict d = (PyDict) a[0];
            PyDict c = new PyDict(d.type());
            c.instanceDict().put("default_factory", d.instanceDict().getOrDefault("default_factory",
                    PyNone.INSTANCE));
            c.update(d);
            return c;
        });
        return t;
    }

    static boolean isCallable(PyObject o) {
        return o instanceof PyType || o instanceof PyBuiltinFunction || o instanceof dev.tiercel.runtime.object.PyFunction
                || o instanceof dev.tiercel.runtime.object.PyMethod || o.type().lookup("__call__") != null;
    }

    private static void count(PyDict d, PyObject src, int sign) {
        if (src instanceof PyDict o) {
            for (int p = o.next(0); p >= 0; p = o.next(p + 1)) {
                PyObject cur = d.get(o.keyAt(p));
                PyObject v = o.valueAt(p);
                d.put(o.keyAt(p), cur == null ? (sign > 0 ? v : Ops.negative(v))
                        : Ops.binaryOp(cur, v, sign > 0 ? Ops.NB_ADD : Ops.NB_SUBTRACT));
            }
            return;
        }
        PyObject it = Ops.iter(src);
        for (PyObject v = Ops.next(it); v != null; v = Ops.next(it)) {
            PyObject cur = d.get(v);
            d.put(v, Ops.binaryOp(cur == null ? PyInt.ZERO : cur, PyInt.of(sign), Ops.NB_ADD));
        }
    }

    static List<PyObject[]> mostCommon(PyDict d) {
        List<PyObject[]> items = new ArrayList<>();
        for (int p = d.next(0); p >= 0; p = d.next(p + 1)) {
            items.add(new PyObject[] {d.keyAt(p), d.valueAt(p)});
        }
        items.sort((x, y) -> Ops.lessThan(y[1], x[1]) ? -1 : Ops.lessThan(x[1], y[1]) ? 1 : 0);
        return items;
    }

    private static PyType counter() {
        PyType t = type("Counter", PyTypes.DICT);
        method(t, "__init__", (a, k) -> {
            PyDict d = (PyDict) a[0];
            int n = Args.npos(a, k);
            if (n > 1) {
                count(d, a[1], 1);
            }
            if (k != null) {
                for (int i = 0; i < k.length; i++) {
                    d.putStr(k[i], a[n + i]);
                }
            }
            return PyNone.INSTANCE;
        });
        method(t, "__missing__", (a, k) -> PyInt.ZERO);
        method(t, "update", (a, k) -> {
            PyDict d = (PyDict) a[0];
            int n = Args.npos(a, k);
            if (n > 1) {
                count(d, a[1], 1);
            }
            if (k != null) {
                for (int i = 0; i < k.length; i++) {
                    PyObject cur = d.getStr(k[i]);
                    d.putStr(k[i], cur == null ? a[n + i] : Ops.binaryOp(cur, a[n + i], Ops.NB_ADD));
                }
            }
            return PyNone.INSTANCE;
        });
        method(t, "subtract", (a, k) -> {
            count((PyDict) a[0], a[1], -1);
            return PyNone.INSTANCE;
        });
        method(t, "most_common", (a, k) -> {
            List<PyObject[]> items = mostCommon((PyDict) a[0]);
            int n = a.length > 1 && a[1] != PyNone.INSTANCE ? (int) Math.min(Ops.index(a[1]), items.size())
                    : items.size();
            PyList out = new PyList();
            for (int i = 0; i < Math.max(0, n); i++) {
                out.append(PyTuple.of(items.get(i)));
            }
            return out;
        });
        method(t, "elements", (a, k) -> {
            PyDict d = (PyDict) a[0];
            PyList out = new PyList();
            for (int p = d.next(0); p >= 0; p = d.next(p + 1)) {
                long c = Ops.index(d.valueAt(p));
                for (long i = 0; i < c; i++) {
                    out.append(d.keyAt(p));
                }
            }
            return Ops.iter(out);
        });
        method(t, "total", (a, k) -> {
            PyDict d = (PyDict) a[0];
            PyObject s = PyInt.ZERO;
            for (int p = d.next(0); p >= 0; p = d.next(p + 1)) {
                s = Ops.binaryOp(s, d.valueAt(p), Ops.NB_ADD);
            }
            return s;
        });
        method(t, "__repr__", (a, k) -> {
            PyDict d = (PyDict) a[0];
            if (d.size() == 0) {
                return PyStr.of(d.type().name() + "()");
            }
            StringBuilder sb = new StringBuilder(d.type().name()).append("({");
            boolean first = true;
            for (PyObject[] kv : mostCommon(d)) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Ops.repr(kv[0])).append(": ").append(Ops.repr(kv[1]));
            }
            return PyStr.of(sb.append("})").toString());
        });
        method(t, "__add__", (a, k) -> counterOp(t, a[0], a[1], true));
        method(t, "__sub__", (a, k) -> counterOp(t, a[0], a[1], false));
        return t;
    }

    private static PyObject counterOp(PyType t, PyObject x, PyObject y, boolean add) {
        if (!(y instanceof PyDict dy)) {
            return dev.tiercel.runtime.object.PyNotImplemented.INSTANCE;
        }
        PyDict dx = (PyDict) x;
        PyDict r = new PyDict(t);
        for (int p = dx.next(0); p >= 0; p = dx.next(p + 1)) {
            PyObject other = dy.get(dx.keyAt(p));
            PyObject v = other == null ? dx.valueAt(p)
                    : Ops.binaryOp(dx.valueAt(p), other, add ? Ops.NB_ADD : Ops.NB_SUBTRACT);
            if (Ops.lessThan(PyInt.ZERO, v)) {
                r.put(dx.keyAt(p), v);
            }
        }
        if (add) {
            for (int p = dy.next(0); p >= 0; p = dy.next(p + 1)) {
                if (!dx.containsKey(dy.keyAt(p)) && Ops.lessThan(PyInt.ZERO, dy.valueAt(p))) {
                    r.put(dy.keyAt(p), dy.valueAt(p));
                }
            }
        }
        return r;
    }

    private static PyType orderedDict() {
        PyType t = type("OrderedDict", PyTypes.DICT);
        method(t, "__repr__", (a, k) -> {
            PyDict d = (PyDict) a[0];
            if (d.size() == 0) {
                return PyStr.of(d.type().name() + "()");
            }
            PyDict plain = new PyDict();
            plain.update(d);
            return PyStr.of(d.type().name() + "(" + Ops.repr(plain) + ")");
        });
        method(t, "move_to_end", (a, k) -> {
            PyDict d = (PyDict) a[0];
            PyObject lastObj = a.length > 2 ? a[2] : Args.kw(a, k, "last");
            boolean last = lastObj == null || Ops.isTrue(lastObj);
            PyObject v = d.remove(a[1]);
            if (v == null) {
                throw PyErr.keyError(a[1]);
            }
            if (last) {
                d.put(a[1], v);
            } else {
                PyDict copy = d.copy();
                d.clear();
                d.put(a[1], v);
                d.update(copy);
            }
            return PyNone.INSTANCE;
        });
        method(t, "popitem", (a, k) -> {
            PyDict d = (PyDict) a[0];
            PyObject lastObj = a.length > 1 ? a[1] : Args.kw(a, k, "last");
            boolean last = lastObj == null || Ops.isTrue(lastObj);
            int pos = -1;
            for (int p = d.next(0); p >= 0; p = d.next(p + 1)) {
                pos = p;
                if (!last) {
                    break;
                }
            }
            if (pos < 0) {
                throw PyErr.of(PyExc.KeyError, "dictionary is empty");
            }
            PyObject key = d.keyAt(pos);
            return PyTuple.of(key, d.remove(key));
        });
        return t;
    }

    static PyJavaIterator listIterator(List<PyObject> items) {
        int[] i = {0};
        return new PyJavaIterator("iterator", () -> i[0] < items.size() ? items.get(i[0]++) : null);
    }

    static PyObject bool(boolean b) {
        return PyBool.of(b);
    }

    static PyObject unused(PyDescriptors.Property p) {
        return p;
    }
}
