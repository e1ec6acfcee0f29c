package dev.tiercel.stdlib.accel.operator;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import dev.tiercel.stdlib.accel.Natives;
import java.util.Arrays;

/**
 * {@code operator.itemgetter}, {@code attrgetter} and {@code methodcaller} as CPython's C types: called with one
 * object they fetch the item(s), the (dotted) attribute(s) or call the method; {@code repr} and {@code __reduce__}
 * as CPython's.
 */
final class Getters {
    private Getters() {}

    static final PyType ITEMGETTER = Natives.type("operator", "itemgetter");
    static final PyType ATTRGETTER = Natives.type("operator", "attrgetter");
    static final PyType METHODCALLER = Natives.type("operator", "methodcaller");

    /** An instance of one of the three types: its arguments, and for methodcaller its keywords. */
    static final class Getter extends PyObject {
        final PyType type;
        final PyObject[] args;
        final String[][] paths;
        final PyDict kwargs;

        Getter(PyType type, PyObject[] args, String[][] paths, PyDict kwargs) {
            this.type = type;
            this.args = args;
            this.paths = paths;
            this.kwargs = kwargs;
        }

        @Override
        public PyType type() {
            return type;
        }
    }

    static {
        ITEMGETTER.factory = (t, a, k) -> {
            noKeywords("itemgetter", k);
            atLeastOne("itemgetter", a);
            return new Getter(t, a.clone(), null, null);
        };
        Natives.method(ITEMGETTER, "__call__", (a, k) -> {
            Getter g = one("itemgetter", a, k);
            if (g.args.length == 1) {
                return item(a[1], g.args[0]);
            }
            PyObject[] out = new PyObject[g.args.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = item(a[1], g.args[i]);
            }
            return PyTuple.wrap(out);
        });
        ATTRGETTER.factory = (t, a, k) -> {
            noKeywords("attrgetter", k);
            atLeastOne("attrgetter", a);
            String[][] paths = new String[a.length][];
            for (int i = 0; i < a.length; i++) {
                if (!(a[i] instanceof PyStr s)) {
                    throw PyErr.typeError("attribute name must be a string");
                }
                paths[i] = s.value.split("\\.", -1);
            }
            return new Getter(t, a.clone(), paths, null);
        };
        Natives.method(ATTRGETTER, "__call__", (a, k) -> {
            Getter g = one("attrgetter", a, k);
            if (g.paths.length == 1) {
                return attr(a[1], g.paths[0]);
            }
            PyObject[] out = new PyObject[g.paths.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = attr(a[1], g.paths[i]);
            }
            return PyTuple.wrap(out);
        });
        METHODCALLER.factory = Getters::methodcaller;
        Natives.method(METHODCALLER, "__call__", (a, k) -> {
            Getter g = one("methodcaller", a, k);
            PyObject method = Ops.getattr(a[1], ((PyStr) g.args[0]).value);
            int n = g.args.length - 1;
            int nkw = g.kwargs.size();
            PyObject[] callArgs = Arrays.copyOfRange(g.args, 1, g.args.length + nkw);
            String[] names = nkw == 0 ? null : new String[nkw];
            int j = 0;
            for (int p = g.kwargs.next(0); p >= 0; p = g.kwargs.next(p + 1)) {
                names[j] = ((PyStr) g.kwargs.keyAt(p)).value;
                callArgs[n + j++] = g.kwargs.valueAt(p);
            }
            return Ops.call(method, callArgs, names);
        });
        for (PyType t : new PyType[] {ITEMGETTER, ATTRGETTER, METHODCALLER}) {
            Natives.method(t, "__repr__", (a, k) -> PyStr.of(repr((Getter) a[0])));
            Natives.method(t, "__reduce__", (a, k) -> reduce((Getter) a[0]));
        }
    }

    private static void noKeywords(String name, String[] k) {
        if (k != null && k.length > 0) {
            throw PyErr.typeError(name + "() takes no keyword arguments");
        }
    }

    private static void atLeastOne(String name, PyObject[] a) {
        if (a.length == 0) {
            throw PyErr.typeError(name + " expected 1 argument, got 0");
        }
    }

    /** The getter called with exactly one positional argument. */
    private static Getter one(String name, PyObject[] a, String[] k) {
        noKeywords(name, k);
        if (a.length != 2) {
            throw PyErr.typeError(name + " expected 1 argument, got " + (a.length - 1));
        }
        return (Getter) a[0];
    }

    private static PyObject item(PyObject obj, PyObject key) {
        if (key instanceof PyInt i && i.type() == PyTypes.INT && obj.type() == PyTypes.LIST) {
            PyList l = (PyList) obj;
            long idx = Ops.index(i);
            long at = idx < 0 ? idx + l.size : idx;
            if (at >= 0 && at < l.size) {
                return l.items[(int) at];
            }
        }
        return Ops.getitem(obj, key);
    }

    private static PyObject attr(PyObject obj, String[] path) {
        for (String name : path) {
            obj = Ops.getattr(obj, name);
        }
        return obj;
    }

    private static PyObject methodcaller(PyType t, PyObject[] a, String[] k) {
        int nkw = k == null ? 0 : k.length;
        int npos = a.length - nkw;
        if (npos == 0) {
            throw PyErr.typeError("methodcaller needs at least one argument, the method name");
        }
        if (!(a[0] instanceof PyStr)) {
            throw PyErr.typeError("method name must be a string");
        }
        PyDict kwargs = new PyDict();
        for (int i = 0; i < nkw; i++) {
            kwargs.put(PyStr.of(k[i]), a[npos + i]);
        }
        return new Getter(t, Arrays.copyOf(a, npos), null, kwargs);
    }

    private static String repr(Getter g) {
        StringBuilder sb = new StringBuilder("operator.").append(g.type.name()).append('(');
        for (int i = 0; i < g.args.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(Ops.repr(g.args[i]));
        }
        if (g.kwargs != null) {
            for (int p = g.kwargs.next(0); p >= 0; p = g.kwargs.next(p + 1)) {
                sb.append(", ").append(Ops.str(g.kwargs.keyAt(p))).append('=')
                        .append(Ops.repr(g.kwargs.valueAt(p)));
            }
        }
        return sb.append(')').toString();
    }

    private static PyObject reduce(Getter g) {
        if (g.type != METHODCALLER || g.kwargs.size() == 0) {
            return PyTuple.of(g.type, PyTuple.wrap(g.args.clone()));
        }
        PyObject functools = dev.tiercel.runtime.object.Py.importer().importName("functools", new PyDict(),
                PyTuple.of(PyStr.of("partial")), 0);
        PyObject partial = Ops.getattr(functools, "partial");
        PyObject[] pargs = new PyObject[2 + g.kwargs.size()];
        String[] names = new String[g.kwargs.size()];
        pargs[0] = g.type;
        pargs[1] = g.args[0];
        int j = 0;
        for (int p = g.kwargs.next(0); p >= 0; p = g.kwargs.next(p + 1)) {
            names[j] = ((PyStr) g.kwargs.keyAt(p)).value;
            pargs[2 + j++] = g.kwargs.valueAt(p);
        }
        return PyTuple.of(Ops.call(partial, pargs, names), PyTuple.wrap(Arrays.copyOfRange(g.args, 1, g.args.length)));
    }
}
