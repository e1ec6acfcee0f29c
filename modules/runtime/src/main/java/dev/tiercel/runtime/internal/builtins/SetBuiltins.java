package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyExc;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyIterator;
import dev.tiercel.runtime.object.PyJavaIterator;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PySet;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;

/** {@code set} and {@code frozenset}. */
public final class SetBuiltins {
    private SetBuiltins() {}

    public static PyIterator iterator(PySet s) {
        int[] pos = {0};
        int version = s.version;
        return new PyJavaIterator("set_iterator", () -> {
            if (s.version != version) {
                throw PyErr.of(PyExc.RuntimeError, "Set changed size during iteration");
            }
            int p = s.next(pos[0]);
            if (p < 0) {
                return null;
            }
            pos[0] = p + 1;
            return s.keyAt(p);
        });
    }

    /** Adds every item of an iterable. */
    public static void update(PySet s, PyObject iterable) {
        if (iterable instanceof PySet o) {
            s.merge(o);
            return;
        }
        PyObject it = Ops.iter(iterable);
        for (PyObject v = Ops.next(it); v != null; v = Ops.next(it)) {
            s.add(v);
        }
    }

    static PySet toSet(PyObject o) {
        if (o instanceof PySet s) {
            return s;
        }
        PySet s = new PySet(true);
        update(s, o);
        return s;
    }

    static PyObject make(PyType t, PyObject[] a, String[] k, boolean frozen) {
        Args.check(t.name(), a, k, 0, 1);
        PySet s = t.heap ? new dev.tiercel.runtime.object.Derived.Set(t, frozen) : new PySet(frozen);
        if (a.length == 1) {
            update(s, a[0]);
        }
        return s;
    }

    private static PySet self(PyObject o) {
        return (PySet) o;
    }

    static void install() {
        PyTypes.SET.factory = (t, a, k) -> make(t, a, k, false);
        PyTypes.FROZENSET.factory = (t, a, k) -> make(t, a, k, true);
        PyType t = PyTypes.SET;
        Reg.method(t, "add", 1, 1, (a, k) -> {
            self(a[0]).add(a[1]);
            return PyNone.INSTANCE;
        });
        Reg.method(t, "discard", 1, 1, (a, k) -> {
            self(a[0]).discard(a[1]);
            return PyNone.INSTANCE;
        });
        Reg.method(t, "remove", 1, 1, (a, k) -> {
            if (!self(a[0]).discard(a[1])) {
                throw PyErr.keyError(a[1]);
            }
            return PyNone.INSTANCE;
        });
        Reg.method(t, "pop", 0, 0, (a, k) -> {
            PyObject v = self(a[0]).pop();
            if (v == null) {
                throw PyErr.of(PyExc.KeyError, "pop from an empty set");
            }
            return v;
        });
        Reg.method(t, "clear", 0, 0, (a, k) -> {
            self(a[0]).clear();
            return PyNone.INSTANCE;
        });
        Reg.method(t, "update", 0, 8, (a, k) -> {
            for (int i = 1; i < a.length; i++) {
                update(self(a[0]), a[i]);
            }
            return PyNone.INSTANCE;
        });
        Reg.method(t, "difference_update", 0, 8, (a, k) -> {
            for (int i = 1; i < a.length; i++) {
                for (PyObject v : Ops.toArray(a[i])) {
                    self(a[0]).discard(v);
                }
            }
            return PyNone.INSTANCE;
        });
        Reg.method(t, "symmetric_difference_update", 1, 1, (a, k) -> {
            PySet r = (PySet) SeqBuiltins.setOp(self(a[0]), toSet(a[1]), Ops.NB_XOR);
            self(a[0]).clear();
            self(a[0]).merge(r);
            return PyNone.INSTANCE;
        });
        Reg.method(t, "intersection_update", 0, 8, (a, k) -> {
            PySet r = (PySet) fold(a, Ops.NB_AND);
            self(a[0]).clear();
            self(a[0]).merge(r);
            return PyNone.INSTANCE;
        });
        for (PyType st : new PyType[] {PyTypes.SET, PyTypes.FROZENSET}) {
            Reg.method(st, "union", 0, 8, (a, k) -> {
                PySet r = self(a[0]).copy(self(a[0]).isFrozen());
                for (int i = 1; i < a.length; i++) {
                    update(r, a[i]);
                }
                return r;
            });
            Reg.method(st, "intersection", 0, 8, (a, k) -> fold(a, Ops.NB_AND));
            Reg.method(st, "difference", 0, 8, (a, k) -> fold(a, Ops.NB_SUBTRACT));
            Reg.method(st, "symmetric_difference", 1, 1,
                    (a, k) -> SeqBuiltins.setOp(self(a[0]), toSet(a[1]), Ops.NB_XOR));
            Reg.method(st, "issubset", 1, 1, (a, k) -> PyBool.of(SeqBuiltins.subset(self(a[0]), toSet(a[1]))));
            Reg.method(st, "issuperset", 1, 1, (a, k) -> PyBool.of(SeqBuiltins.subset(toSet(a[1]), self(a[0]))));
            Reg.method(st, "isdisjoint", 1, 1, (a, k) -> PyBool.of(((PySet) SeqBuiltins.setOp(self(a[0]),
                    toSet(a[1]), Ops.NB_AND)).size() == 0));
            Reg.method(st, "copy", 0, 0, (a, k) -> self(a[0]).copy(self(a[0]).isFrozen()));
            Reg.method(st, "__contains__", 1, 1, (a, k) -> PyBool.of(self(a[0]).contains(a[1])));
            Reg.method(st, "__len__", 0, 0, (a, k) -> PyInt.of(self(a[0]).size()));
        }
    }

    /** {@code s.intersection(*others)} / {@code s.difference(*others)}: one operation per argument. */
    private static PyObject fold(PyObject[] a, int op) {
        PyObject r = self(a[0]).copy(self(a[0]).isFrozen());
        for (int i = 1; i < a.length; i++) {
            r = SeqBuiltins.setOp((PySet) r, toSet(a[i]), op);
        }
        return r;
    }
}
