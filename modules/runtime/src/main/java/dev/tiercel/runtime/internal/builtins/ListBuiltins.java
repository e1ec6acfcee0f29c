package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
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
import java.util.Comparator;

/** {@code list} and {@code tuple}: slices, sorting and methods. */
public final class ListBuiltins {
    private ListBuiltins() {}

    static void setSlice(PyList l, PySlice s, PyObject v) {
        PyObject[] src = Ops.toArray(v);
        if (v == l) {
            src = src.clone();
        }
        long[] r = s.indices(l.size);
        if (r[2] == 1) {
            int start = (int) r[0], stop = (int) Math.max(r[0], r[1]);
            int newSize = l.size - (stop - start) + src.length;
            PyObject[] out = new PyObject[Math.max(4, newSize)];
            System.arraycopy(l.items, 0, out, 0, start);
            System.arraycopy(src, 0, out, start, src.length);
            System.arraycopy(l.items, stop, out, start + src.length, l.size - stop);
            l.items = out;
            l.size = newSize;
            return;
        }
        if (src.length != r[3]) {
            throw PyErr.valueError("attempt to assign sequence of size " + src.length
                    + " to extended slice of size " + r[3]);
        }
        long j = r[0];
        for (int i = 0; i < r[3]; i++, j += r[2]) {
            l.items[(int) j] = src[i];
        }
    }

    static void delSlice(PyList l, PySlice s) {
        long[] r = s.indices(l.size);
        boolean[] del = new boolean[l.size];
        long j = r[0];
        for (int i = 0; i < r[3]; i++, j += r[2]) {
            del[(int) j] = true;
        }
        int w = 0;
        for (int i = 0; i < l.size; i++) {
            if (!del[i]) {
                l.items[w++] = l.items[i];
            }
        }
        Arrays.fill(l.items, w, l.size, null);
        l.size = w;
    }

    static final Comparator<PyObject> LESS_THAN = (a, b) -> Ops.lessThan(a, b) ? -1 : Ops.lessThan(b, a) ? 1 : 0;

    /** Sorts {@code items[0..n)} in place, stably, by key, optionally reversed (as list.sort). */
    public static void sort(PyObject[] items, int n, PyObject key, boolean reverse) {
        if (reverse) {
            reverse(items, n);
        }
        if (key == null || key == PyNone.INSTANCE) {
            Arrays.sort(items, 0, n, LESS_THAN);
        } else {
            PyObject[][] pairs = new PyObject[n][];
            for (int i = 0; i < n; i++) {
                pairs[i] = new PyObject[] {Ops.call(key, items[i]), items[i]};
            }
            Arrays.sort(pairs, (x, y) -> LESS_THAN.compare(x[0], y[0]));
            for (int i = 0; i < n; i++) {
                items[i] = pairs[i][1];
            }
        }
        if (reverse) {
            reverse(items, n);
        }
    }

    static void reverse(PyObject[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static PyList self(PyObject o) {
        return (PyList) o;
    }

    static int indexOf(PyObject[] items, int n, PyObject v, PyObject[] a) {
        long start = a.length > 2 ? Ops.index(a[2]) : 0, stop = a.length > 3 ? Ops.index(a[3]) : n;
        if (start < 0) {
            start = Math.max(0, start + n);
        }
        if (stop < 0) {
            stop = Math.max(0, stop + n);
        }
        for (int i = (int) start; i < Math.min(stop, n); i++) {
            if (items[i] == v || Ops.eq(items[i], v)) {
                return i;
            }
        }
        return -1;
    }

    static void install() {
        PyType t = PyTypes.LIST;
        t.factory = (ty, a, k) -> {
            if (ty != PyTypes.LIST) {
                return new PyList(ty);
            }
            Args.check("list", a, k, 0, 1);
            PyList l = new PyList();
            if (a.length == 1) {
                SeqBuiltins.extend(l, a[0]);
            }
            return l;
        };
        Reg.methodKw(t, "__init__", (a, k) -> {
            Args.check("list", java.util.Arrays.copyOfRange(a, 1, a.length), k, 0, 1);
            PyList l = self(a[0]);
            l.items = new PyObject[4];
            l.size = 0;
            if (a.length == 2) {
                SeqBuiltins.extend(l, a[1]);
            }
            return PyNone.INSTANCE;
        });
        PyTypes.TUPLE.factory = (ty, a, k) -> {
            Args.check(ty.name(), a, k, 0, 1);
            if (ty != PyTypes.TUPLE) {
                return new PyTuple(ty, a.length == 0 ? new PyObject[0] : Ops.toArray(a[0]).clone());
            }
            if (a.length == 0) {
                return PyTuple.EMPTY;
            }
            if (a[0] instanceof PyTuple tu && tu.type() == PyTypes.TUPLE) {
                return a[0];
            }
            return PyTuple.wrap(Ops.toArray(a[0]).clone());
        };
        Reg.method(t, "append", 1, 1, (a, k) -> {
            self(a[0]).append(a[1]);
            return PyNone.INSTANCE;
        });
        Reg.method(t, "extend", 1, 1, (a, k) -> {
            SeqBuiltins.extend(self(a[0]), a[1]);
            return PyNone.INSTANCE;
        });
        Reg.method(t, "insert", 2, 2, (a, k) -> {
            PyList l = self(a[0]);
            long i = Ops.index(a[1]);
            if (i < 0) {
                i = Math.max(0, i + l.size);
            }
            l.insert((int) Math.min(i, l.size), a[2]);
            return PyNone.INSTANCE;
        });
        Reg.method(t, "pop", 0, 1, (a, k) -> {
            PyList l = self(a[0]);
            if (l.size == 0) {
                throw PyErr.indexError("pop from empty list");
            }
            long i = a.length > 1 ? Ops.index(a[1]) : l.size - 1;
            return l.remove(SeqBuiltins.normIndex(i, l.size, "pop"));
        });
        Reg.method(t, "remove", 1, 1, (a, k) -> {
            PyList l = self(a[0]);
            int i = indexOf(l.items, l.size, a[1], a);
            if (i < 0) {
                throw PyErr.valueError("list.remove(x): x not in list");
            }
            l.remove(i);
            return PyNone.INSTANCE;
        });
        Reg.method(t, "index", 1, 3, (a, k) -> {
            PyList l = self(a[0]);
            int i = indexOf(l.items, l.size, a[1], a);
            if (i < 0) {
                throw PyErr.valueError(Ops.repr(a[1]) + " is not in list");
            }
            return PyInt.of(i);
        });
        Reg.method(t, "count", 1, 1, (a, k) -> {
            PyList l = self(a[0]);
            int c = 0;
            for (int i = 0; i < l.size; i++) {
                if (Ops.eq(l.items[i], a[1])) {
                    c++;
                }
            }
            return PyInt.of(c);
        });
        Reg.method(t, "reverse", 0, 0, (a, k) -> {
            reverse(self(a[0]).items, self(a[0]).size);
            return PyNone.INSTANCE;
        });
        Reg.method(t, "clear", 0, 0, (a, k) -> {
            PyList l = self(a[0]);
            l.items = new PyObject[4];
            l.size = 0;
            return PyNone.INSTANCE;
        });
        Reg.method(t, "copy", 0, 0, (a, k) -> PyList.of(self(a[0]).toArray()));
        Reg.methodKw(t, "sort", (a, k) -> {
            Args.allowKw("sort", k, "key", "reverse");
            if (Args.npos(a, k) > 1) {
                throw PyErr.typeError("sort() takes no positional arguments");
            }
            PyList l = self(a[0]);
            PyObject rev = Args.kw(a, k, "reverse");
            PyObject[] items = l.items;
            int n = l.size;
            l.items = new PyObject[4];
            l.size = 0;
            try {
                sort(items, n, Args.kw(a, k, "key"), rev != null && Ops.isTrue(rev));
            } finally {
                l.items = items;
                l.size = n;
            }
            return PyNone.INSTANCE;
        });
        Reg.method(t, "__len__", 0, 0, (a, k) -> PyInt.of(self(a[0]).size));
        Reg.method(t, "__getitem__", 1, 1, (a, k) -> Ops.getitem(a[0], a[1]));
        Reg.method(t, "__setitem__", 2, 2, (a, k) -> {
            Ops.setitem(a[0], a[1], a[2]);
            return PyNone.INSTANCE;
        });
        Reg.method(t, "__contains__", 1, 1, (a, k) -> dev.tiercel.runtime.object.PyBool.of(Ops.contains(a[0], a[1])));
        PyType tt = PyTypes.TUPLE;
        Reg.method(tt, "index", 1, 3, (a, k) -> {
            PyTuple tu = (PyTuple) a[0];
            int i = indexOf(tu.items, tu.size(), a[1], a);
            if (i < 0) {
                throw PyErr.valueError("tuple.index(x): x not in tuple");
            }
            return PyInt.of(i);
        });
        Reg.method(tt, "count", 1, 1, (a, k) -> {
            int c = 0;
            for (PyObject o : ((PyTuple) a[0]).items) {
                if (Ops.eq(o, a[1])) {
                    c++;
                }
            }
            return PyInt.of(c);
        });
        Reg.method(tt, "__len__", 0, 0, (a, k) -> PyInt.of(((PyTuple) a[0]).size()));
        Reg.method(tt, "__getitem__", 1, 1, (a, k) -> Ops.getitem(a[0], a[1]));
    }
}
