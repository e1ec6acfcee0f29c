package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyIterator;
import dev.tiercel.runtime.object.PyJavaIterator;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import java.util.Map;

/** {@code dict}: construction, update, views and methods. */
public final class DictBuiltins {
    private DictBuiltins() {}

    /** The view objects {@code keys()}, {@code values()}, {@code items()}. */
    public static final PyType KEYS = new PyType("dict_keys", PyTypes.OBJECT);
    public static final PyType VALUES = new PyType("dict_values", PyTypes.OBJECT);
    public static final PyType ITEMS = new PyType("dict_items", PyTypes.OBJECT);

    /** A dict view: iterates keys (0), values (1) or items (2). */
    public static final class View extends PyObject {
        final PyDict dict;
        final int kind;

        View(PyDict dict, int kind) {
            this.dict = dict;
            this.kind = kind;
        }

        @Override
        public PyType type() {
            return kind == 0 ? KEYS : kind == 1 ? VALUES : ITEMS;
        }
    }

    static PyIterator iterator(PyDict d, int kind) {
        int[] pos = {0};
        int size = d.size();
        int version = d.version;
        String name = kind == 0 ? "dict_keyiterator" : kind == 1 ? "dict_valueiterator" : "dict_itemiterator";
        return new PyJavaIterator(name, () -> {
            if (d.version != version) {
                if (d.size() != size) {
                    throw PyErr.of(PyExc.RuntimeError, "dictionary changed size during iteration");
                }
                throw PyErr.of(PyExc.RuntimeError, "dictionary keys changed during iteration");
            }
            int p = d.next(pos[0]);
            if (p < 0) {
                return null;
            }
            pos[0] = p + 1;
            return kind == 0 ? d.keyAt(p) : kind == 1 ? d.valueAt(p) : PyTuple.of(d.keyAt(p), d.valueAt(p));
        });
    }

    /** Iterates from the last entry back to the first, over a snapshot of the live positions. */
    static PyIterator reversedIterator(PyDict d, int kind) {
        java.util.ArrayList<Integer> live = new java.util.ArrayList<>();
        for (int p = d.next(0); p >= 0; p = d.next(p + 1)) {
            live.add(p);
        }
        int[] i = {live.size()};
        int version = d.version;
        String name = kind == 0 ? "dict_reversekeyiterator" : kind == 1 ? "dict_reversevalueiterator"
                : "dict_reverseitemiterator";
        return new PyJavaIterator(name, () -> {
            if (d.version != version) {
                throw PyErr.of(PyExc.RuntimeError, "dictionary changed size during iteration");
            }
            if (--i[0] < 0) {
                return null;
            }
            int p = live.get(i[0]);
            return kind == 0 ? d.keyAt(p) : kind == 1 ? d.valueAt(p) : PyTuple.of(d.keyAt(p), d.valueAt(p));
        });
    }

    public static PyIterator keyIterator(PyDict d) {
        return iterator(d, 0);
    }

    static PyObject missing(PyDict d, PyObject key) {
        if (d.type() != PyTypes.DICT) {
            PyObject m = d.type().lookup("__missing__");
            if (m != null) {
                return Ops.callMethod(m, d, key);
            }
        }
        throw PyErr.keyError(key);
    }

    /** A dict snapshot of an attribute map. */
    public static PyDict fromMap(Map<String, PyObject> m) {
        if (m instanceof dev.tiercel.runtime.object.AttrMap am) {
            return am.dict();
        }
        PyDict d = new PyDict();
        for (var e : m.entrySet()) {
            d.putStr(e.getKey(), e.getValue());
        }
        return d;
    }

    /** {@code d.update(other)} for a mapping or an iterable of pairs. */
    public static void update(PyDict d, PyObject other) {
        if (other instanceof PyDict o) {
            d.update(o);
            return;
        }
        if (other instanceof View v && v.kind == 2) {
            d.update(v.dict);
            return;
        }
        PyObject keys = Ops.getattrOrNull(other, "keys");
        if (keys != null) {
            for (PyObject k : Ops.toArray(Ops.call(keys))) {
                d.put(k, Ops.getitem(other, k));
            }
            return;
        }
        int i = 0;
        for (PyObject item : Ops.toArray(other)) {
            PyObject[] kv;
            try {
                kv = Ops.toArray(item);
            } catch (dev.tiercel.runtime.object.PyException e) {
                throw PyErr.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
            }
            if (kv.length != 2) {
                throw PyErr.valueError("dictionary update sequence element #" + i + " has length " + kv.length
                        + "; 2 is required");
            }
            d.put(kv[0], kv[1]);
            i++;
        }
    }

    static PyObject make(PyType t, PyObject[] a, String[] k) {
        if (t != PyTypes.DICT) {
            return new PyDict(t);
        }
        PyDict d = new PyDict();
        int n = Args.npos(a, k);
        if (n > 1) {
            throw PyErr.typeError("dict expected at most 1 argument, got " + n);
        }
        if (n == 1) {
            update(d, a[0]);
        }
        if (k != null) {
            for (int i = 0; i < k.length; i++) {
                d.putStr(k[i], a[n + i]);
            }
        }
        return d;
    }

    private static PyDict self(PyObject o) {
        return (PyDict) o;
    }

    static void install() {
        PyType t = PyTypes.DICT;
        t.factory = DictBuiltins::make;
        Reg.methodKw(t, "__init__", (a, k) -> {
            PyDict d = self(a[0]);
            int n = Args.npos(a, k);
            if (n > 2) {
                throw PyErr.typeError("dict expected at most 1 argument, got " + (n - 1));
            }
            if (n == 2) {
                update(d, a[1]);
            }
            if (k != null) {
                for (int i = 0; i < k.length; i++) {
                    d.putStr(k[i], a[n + i]);
                }
            }
            return PyNone.INSTANCE;
        });
        Reg.method(t, "get", 1, 2, (a, k) -> {
            PyObject v = self(a[0]).get(a[1]);
            return v != null ? v : a.length > 2 ? a[2] : PyNone.INSTANCE;
        });
        Reg.method(t, "keys", 0, 0, (a, k) -> new View(self(a[0]), 0));
        Reg.method(t, "values", 0, 0, (a, k) -> new View(self(a[0]), 1));
        Reg.method(t, "items", 0, 0, (a, k) -> new View(self(a[0]), 2));
        Reg.method(t, "pop", 1, 2, (a, k) -> {
            PyObject v = self(a[0]).remove(a[1]);
            if (v == null) {
                if (a.length > 2) {
                    return a[2];
                }
                throw PyErr.keyError(a[1]);
            }
            return v;
        });
        Reg.method(t, "popitem", 0, 0, (a, k) -> {
            PyDict d = self(a[0]);
            int last = -1;
            for (int p = d.next(0); p >= 0; p = d.next(p + 1)) {
                last = p;
            }
            if (last < 0) {
                throw PyErr.of(PyExc.KeyError, "popitem(): dictionary is empty");
            }
            PyObject key = d.keyAt(last);
            PyObject v = d.remove(key);
            return PyTuple.of(key, v);
        });
        Reg.method(t, "setdefault", 1, 2, (a, k) -> {
            PyDict d = self(a[0]);
            PyObject v = d.get(a[1]);
            if (v == null) {
                v = a.length > 2 ? a[2] : PyNone.INSTANCE;
                d.put(a[1], v);
            }
            return v;
        });
        Reg.methodKw(t, "update", (a, k) -> {
            int n = Args.npos(a, k);
            if (n > 1) {
                update(self(a[0]), a[1]);
            }
            if (k != null) {
                for (int i = 0; i < k.length; i++) {
                    self(a[0]).putStr(k[i], a[n + i]);
                }
            }
            return PyNone.INSTANCE;
        });
        Reg.method(t, "clear", 0, 0, (a, k) -> {
            self(a[0]).clear();
            return PyNone.INSTANCE;
        });
        Reg.method(t, "copy", 0, 0, (a, k) -> self(a[0]).copy());
        Reg.method(t, "__contains__", 1, 1, (a, k) -> PyBool.of(self(a[0]).containsKey(a[1])));
        Reg.method(t, "__getitem__", 1, 1, (a, k) -> Ops.getitem(a[0], a[1]));
        Reg.method(t, "__setitem__", 2, 2, (a, k) -> {
            self(a[0]).put(a[1], a[2]);
            return PyNone.INSTANCE;
        });
        Reg.method(t, "__len__", 0, 0, (a, k) -> PyInt.of(self(a[0]).size()));
        Reg.method(t, "__iter__", 0, 0, (a, k) -> iterator(self(a[0]), 0));
        Reg.method(t, "__delitem__", 1, 1, (a, k) -> {
            if (self(a[0]).remove(a[1]) == null) {
                throw PyErr.keyError(a[1]);
            }
            return PyNone.INSTANCE;
        });
        Reg.method(t, "__reversed__", 0, 0, (a, k) -> reversedIterator(self(a[0]), 0));
        t.dict.put("fromkeys", new dev.tiercel.runtime.object.PyDescriptors.ClassMethod(
                new dev.tiercel.runtime.object.PyBuiltinFunction("fromkeys", (a, k) -> {
                    PyDict d = new PyDict();
                    PyObject v = a.length > 2 ? a[2] : PyNone.INSTANCE;
                    for (PyObject key : Ops.toArray(a[1])) {
                        d.put(key, v);
                    }
                    return d;
                }, false, "dict")));
        for (PyType vt : new PyType[] {KEYS, VALUES, ITEMS}) {
            Reg.method(vt, "__iter__", 0, 0, (a, k) -> iterator(((View) a[0]).dict, ((View) a[0]).kind));
            Reg.method(vt, "__reversed__", 0, 0,
                    (a, k) -> reversedIterator(((View) a[0]).dict, ((View) a[0]).kind));
            Reg.method(vt, "__len__", 0, 0, (a, k) -> PyInt.of(((View) a[0]).dict.size()));
            Reg.method(vt, "__contains__", 1, 1, (a, k) -> {
                View v = (View) a[0];
                if (v.kind == 0) {
                    return PyBool.of(v.dict.containsKey(a[1]));
                }
                return PyBool.of(SeqBuiltins.contains(PyTuple.wrap(Ops.toArray(iterator(v.dict, v.kind))), a[1]));
            });
            if (vt != VALUES) {
                String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
                for (int op = 0; op < cmp.length; op++) {
                    int code = op;
                    Reg.method(vt, cmp[op], 1, 1, (a, k) -> {
                        if (!(a[1] instanceof dev.tiercel.runtime.object.PySet || a[1] instanceof View)) {
                            return dev.tiercel.runtime.object.PyNotImplemented.INSTANCE;
                        }
                        return Ops.richCompare(SetBuiltins.toSet(a[0]), SetBuiltins.toSet(a[1]), code);
                    });
                }
                Reg.method(vt, "isdisjoint", 1, 1, (a, k) -> {
                    View v = (View) a[0];
                    for (PyObject x : Ops.toArray(a[1])) {
                        if (Ops.isTrue(Ops.call(v.type().lookup("__contains__"), v, x))) {
                            return dev.tiercel.runtime.object.PyBool.FALSE;
                        }
                    }
                    return dev.tiercel.runtime.object.PyBool.TRUE;
                });
            }
            Reg.method(vt, "__repr__", 0, 0, (a, k) -> PyStr.of(vt.name() + "("
                    + Ops.repr(dev.tiercel.runtime.object.PyList.of(Ops.toArray(iterator(((View) a[0]).dict,
                    ((View) a[0]).kind)))) + ")"));
        }
    }
}
