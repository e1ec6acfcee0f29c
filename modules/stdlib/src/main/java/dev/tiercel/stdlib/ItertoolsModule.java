package dev.tiercel.stdlib;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyDescriptors;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyJavaIterator;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyModule;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import dev.tiercel.runtime.spi.BuiltinModuleProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The {@code itertools} module. */
public final class ItertoolsModule implements BuiltinModuleProvider {
    @Override
    public String moduleName() {
        return "itertools";
    }

    private static PyType type(PyModule m, String name, PyType.Factory f) {
        PyType t = new PyType(name, new PyType[] {PyTypes.OBJECT}, false);
        t.module = "itertools";
        t.factory = f;
        m.set(name, t);
        return t;
    }

    private static PyObject it(String name, java.util.function.Supplier<PyObject> s) {
        return new PyJavaIterator("itertools." + name, s);
    }

    private static PyObject kwOr(PyObject[] a, String[] k, int i, String name, PyObject dflt) {
        int n = Args.npos(a, k);
        if (i < n) {
            return a[i];
        }
        PyObject v = Args.kw(a, k, name);
        return v == null ? dflt : v;
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("itertools");
        type(m, "count", (t, a, k) -> {
            PyObject[] cur = {kwOr(a, k, 0, "start", PyInt.ZERO)};
            PyObject step = kwOr(a, k, 1, "step", PyInt.ONE);
            return it("count", () -> {
                PyObject v = cur[0];
                cur[0] = Ops.binaryOp(v, step, Ops.NB_ADD);
                return v;
            });
        });
        type(m, "cycle", (t, a, k) -> {
            PyObject src = Ops.iter(a[0]);
            List<PyObject> saved = new ArrayList<>();
            int[] i = {-1};
            return it("cycle", () -> {
                if (i[0] < 0) {
                    PyObject v = Ops.next(src);
                    if (v != null) {
                        saved.add(v);
                        return v;
                    }
                    if (saved.isEmpty()) {
                        return null;
                    }
                    i[0] = 0;
                }
                PyObject v = saved.get(i[0]);
                i[0] = (i[0] + 1) % saved.size();
                return v;
            });
        });
        type(m, "repeat", (t, a, k) -> {
            PyObject obj = a[0];
            PyObject times = kwOr(a, k, 1, "times", null);
            long[] left = {times == null ? -1 : Math.max(0, Ops.index(times))};
            return it("repeat", () -> {
                if (left[0] == 0) {
                    return null;
                }
                if (left[0] > 0) {
                    left[0]--;
                }
                return obj;
            });
        });
        type(m, "accumulate", (t, a, k) -> {
            PyObject src = Ops.iter(a[0]);
            PyObject func = kwOr(a, k, 1, "func", PyNone.INSTANCE);
            PyObject initial = Args.kw(a, k, "initial");
            PyObject[] acc = {initial == null || initial == PyNone.INSTANCE ? null : initial};
            boolean[] first = {acc[0] != null};
            return it("accumulate", () -> {
                if (first[0]) {
                    first[0] = false;
                    return acc[0];
                }
                PyObject v = Ops.next(src);
                if (v == null) {
                    return null;
                }
                acc[0] = acc[0] == null ? v : func == PyNone.INSTANCE ? Ops.binaryOp(acc[0], v, Ops.NB_ADD)
                        : Ops.call(func, acc[0], v);
                return acc[0];
            });
        });
        PyType chain = type(m, "chain", (t, a, k) -> chain(Ops.iter(PyTuple.of(a))));
        chain.dict.put("from_iterable", new PyDescriptors.StaticMethod(new PyBuiltinFunction("from_iterable",
                (a, k) -> chain(Ops.iter(a[0])), false, "itertools")));
        type(m, "compress", (t, a, k) -> {
            PyObject d = Ops.iter(a[0]), s = Ops.iter(a[1]);
            return it("compress", () -> {
                while (true) {
                    PyObject v = Ops.next(d), c = Ops.next(s);
                    if (v == null || c == null) {
                        return null;
                    }
                    if (Ops.isTrue(c)) {
                        return v;
                    }
                }
            });
        });
        type(m, "dropwhile", (t, a, k) -> {
            PyObject pred = a[0], src = Ops.iter(a[1]);
            boolean[] dropping = {true};
            return it("dropwhile", () -> {
                while (true) {
                    PyObject v = Ops.next(src);
                    if (v == null) {
                        return null;
                    }
                    if (dropping[0] && Ops.isTrue(Ops.call(pred, v))) {
                        continue;
                    }
                    dropping[0] = false;
                    return v;
                }
            });
        });
        type(m, "takewhile", (t, a, k) -> {
            PyObject pred = a[0], src = Ops.iter(a[1]);
            boolean[] done = {false};
            return it("takewhile", () -> {
                if (done[0]) {
                    return null;
                }
                PyObject v = Ops.next(src);
                if (v == null || !Ops.isTrue(Ops.call(pred, v))) {
                    done[0] = true;
                    return null;
                }
                return v;
            });
        });
        type(m, "filterfalse", (t, a, k) -> {
            PyObject pred = a[0], src = Ops.iter(a[1]);
            return it("filterfalse", () -> {
                for (PyObject v = Ops.next(src); v != null; v = Ops.next(src)) {
                    if (!Ops.isTrue(pred == PyNone.INSTANCE ? v : Ops.call(pred, v))) {
                        return v;
                    }
                }
                return null;
            });
        });
        type(m, "starmap", (t, a, k) -> {
            PyObject f = a[0], src = Ops.iter(a[1]);
            return it("starmap", () -> {
                PyObject v = Ops.next(src);
                return v == null ? null : Ops.call(f, Ops.toArray(v), null);
            });
        });
        type(m, "islice", (t, a, k) -> {
            PyObject src = Ops.iter(a[0]);
            long start = 0, stop, step = 1;
            if (a.length == 2) {
                stop = a[1] == PyNone.INSTANCE ? Long.MAX_VALUE : Ops.index(a[1]);
            } else {
                start = a[1] == PyNone.INSTANCE ? 0 : Ops.index(a[1]);
                stop = a[2] == PyNone.INSTANCE ? Long.MAX_VALUE : Ops.index(a[2]);
                step = a.length > 3 && a[3] != PyNone.INSTANCE ? Ops.index(a[3]) : 1;
            }
            if (start < 0 || stop < 0 || step <= 0) {
                throw PyErr.valueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
            }
            long[] pos = {0, start};
            long st = step, sp = stop;
            return it("islice", () -> {
                if (pos[1] >= sp) {
                    return null;
                }
                while (pos[0] < pos[1]) {
                    if (Ops.next(src) == null) {
                        pos[1] = Long.MAX_VALUE;
                        return null;
                    }
                    pos[0]++;
                }
                PyObject v = Ops.next(src);
                if (v == null) {
                    pos[1] = Long.MAX_VALUE;
                    return null;
                }
                pos[0]++;
                pos[1] += st;
                return v;
            });
        });
        type(m, "zip_longest", (t, a, k) -> {
            int n = Args.npos(a, k);
            PyObject fill = Args.kw(a, k, "fillvalue");
            PyObject fv = fill == null ? PyNone.INSTANCE : fill;
            PyObject[] its = new PyObject[n];
            for (int i = 0; i < n; i++) {
                its[i] = Ops.iter(a[i]);
            }
            boolean[] done = new boolean[n];
            return it("zip_longest", () -> {
                PyObject[] row = new PyObject[n];
                int active = 0;
                for (int i = 0; i < n; i++) {
                    PyObject v = done[i] ? null : Ops.next(its[i]);
                    if (v == null) {
                        done[i] = true;
                        row[i] = fv;
                    } else {
                        active++;
                        row[i] = v;
                    }
                }
                return active == 0 ? null : PyTuple.wrap(row);
            });
        });
        type(m, "pairwise", (t, a, k) -> {
            PyObject src = Ops.iter(a[0]);
            PyObject[] prev = {null};
            return it("pairwise", () -> {
                if (prev[0] == null) {
                    prev[0] = Ops.next(src);
                    if (prev[0] == null) {
                        return null;
                    }
                }
                PyObject v = Ops.next(src);
                if (v == null) {
                    return null;
                }
                PyObject r = PyTuple.of(prev[0], v);
                prev[0] = v;
                return r;
            });
        });
        type(m, "batched", (t, a, k) -> {
            PyObject src = Ops.iter(a[0]);
            long n = Ops.index(a[1]);
            if (n < 1) {
                throw PyErr.valueError("n must be at least one");
            }
            return it("batched", () -> {
                List<PyObject> batch = new ArrayList<>();
                while (batch.size() < n) {
                    PyObject v = Ops.next(src);
                    if (v == null) {
                        break;
                    }
                    batch.add(v);
                }
                return batch.isEmpty() ? null : PyTuple.wrap(batch.toArray(new PyObject[0]));
            });
        });
        type(m, "groupby", (t, a, k) -> {
            PyObject src = Ops.iter(a[0]);
            PyObject key = kwOr(a, k, 1, "key", PyNone.INSTANCE);
            PyObject[] pending = {null, null};
            boolean[] exhausted = {false};
            return it("groupby", () -> {
                if (pending[0] == null) {
                    PyObject v = exhausted[0] ? null : Ops.next(src);
                    if (v == null) {
                        return null;
                    }
                    pending[0] = v;
                    pending[1] = key == PyNone.INSTANCE ? v : Ops.call(key, v);
                }
                PyObject groupKey = pending[1];
                List<PyObject> items = new ArrayList<>();
                items.add(pending[0]);
                pending[0] = null;
                while (true) {
                    PyObject v = Ops.next(src);
                    if (v == null) {
                        exhausted[0] = true;
                        break;
                    }
                    PyObject kv = key == PyNone.INSTANCE ? v : Ops.call(key, v);
                    if (!Ops.eq(kv, groupKey)) {
                        pending[0] = v;
                        pending[1] = kv;
                        break;
                    }
                    items.add(v);
                }
                return PyTuple.of(groupKey, Ops.iter(PyList.of(items.toArray(new PyObject[0]))));
            });
        });
        type(m, "product", (t, a, k) -> {
            int n = Args.npos(a, k);
            PyObject rep = Args.kw(a, k, "repeat");
            int r = rep == null ? 1 : (int) Ops.index(rep);
            List<PyObject[]> pools = new ArrayList<>();
            for (int j = 0; j < r; j++) {
                for (int i = 0; i < n; i++) {
                    pools.add(Ops.toArray(a[i]));
                }
            }
            List<PyObject> out = new ArrayList<>();
            product(pools, 0, new PyObject[pools.size()], out);
            return Ops.iter(PyList.of(out.toArray(new PyObject[0])));
        });
        type(m, "permutations", (t, a, k) -> {
            PyObject[] pool = Ops.toArray(a[0]);
            PyObject ro = kwOr(a, k, 1, "r", PyNone.INSTANCE);
            int r = ro == PyNone.INSTANCE ? pool.length : (int) Ops.index(ro);
            List<PyObject> out = new ArrayList<>();
            if (r <= pool.length) {
                permutations(pool, r, new boolean[pool.length], new ArrayList<>(), out);
            }
            return Ops.iter(PyList.of(out.toArray(new PyObject[0])));
        });
        type(m, "combinations", (t, a, k) -> {
            PyObject[] pool = Ops.toArray(a[0]);
            int r = (int) Ops.index(kwOr(a, k, 1, "r", null));
            List<PyObject> out = new ArrayList<>();
            combinations(pool, r, 0, new ArrayList<>(), out, false);
            return Ops.iter(PyList.of(out.toArray(new PyObject[0])));
        });
        type(m, "combinations_with_replacement", (t, a, k) -> {
            PyObject[] pool = Ops.toArray(a[0]);
            int r = (int) Ops.index(kwOr(a, k, 1, "r", null));
            List<PyObject> out = new ArrayList<>();
            combinations(pool, r, 0, new ArrayList<>(), out, true);
            return Ops.iter(PyList.of(out.toArray(new PyObject[0])));
        });
        m.set("tee", new PyBuiltinFunction("tee", (a, k) -> {
            PyObject[] items = Ops.toArray(a[0]);
            int n = a.length > 1 ? (int) Ops.index(a[1]) : 2;
            PyObject[] out = new PyObject[n];
            for (int i = 0; i < n; i++) {
                out[i] = Ops.iter(PyList.of(items));
            }
            return PyTuple.wrap(out);
        }, false, "itertools"));
        return m;
    }

    private static PyObject chain(PyObject iterables) {
        PyObject[] cur = {null};
        return it("chain", () -> {
            while (true) {
                if (cur[0] == null) {
                    PyObject next = Ops.next(iterables);
                    if (next == null) {
                        return null;
                    }
                    cur[0] = Ops.iter(next);
                }
                PyObject v = Ops.next(cur[0]);
                if (v != null) {
                    return v;
                }
                cur[0] = null;
            }
        });
    }

    private static void product(List<PyObject[]> pools, int i, PyObject[] row, List<PyObject> out) {
        if (i == pools.size()) {
            out.add(PyTuple.of(row));
            return;
        }
        for (PyObject v : pools.get(i)) {
            row[i] = v;
            product(pools, i + 1, row, out);
        }
    }

    private static void permutations(PyObject[] pool, int r, boolean[] used, List<PyObject> cur, List<PyObject> out) {
        if (cur.size() == r) {
            out.add(PyTuple.wrap(cur.toArray(new PyObject[0])));
            return;
        }
        for (int i = 0; i < pool.length; i++) {
            if (!used[i]) {
                used[i] = true;
                cur.add(pool[i]);
                permutations(pool, r, used, cur, out);
                cur.remove(cur.size() - 1);
                used[i] = false;
            }
        }
    }

    private static void combinations(PyObject[] pool, int r, int start, List<PyObject> cur, List<PyObject> out,
            boolean repl) {
        if (cur.size() == r) {
            out.add(PyTuple.wrap(cur.toArray(new PyObject[0])));
            return;
        }
        for (int i = start; i < pool.length; i++) {
            cur.add(pool[i]);
            combinations(pool, r, repl ? i : i + 1, cur, out, repl);
            cur.remove(cur.size() - 1);
        }
    }

    static List<PyObject> unused(PyObject[] a) {
        return Arrays.asList(a);
    }
}
