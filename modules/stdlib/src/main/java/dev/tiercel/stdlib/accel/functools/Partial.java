package dev.tiercel.stdlib.accel.functools;

import dev.tiercel.runtime.object.AttrMap;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBuiltinFunction;
import dev.tiercel.runtime.object.PyDescriptors;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyFunction;
import dev.tiercel.runtime.object.PyMethod;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import dev.tiercel.stdlib.accel.Natives;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code functools.partial} as CPython's C type: a partial of a partial without instance attributes flattens into
 * one, calls put the frozen positional arguments first and merge keywords over the frozen
 * ones, and {@code __reduce__}/{@code __setstate__} carry {@code (func, args, keywords, __dict__)}.
 */
final class Partial extends PyObject {
    static final PyType TYPE = Natives.type("functools", "partial");
    private static final Set<Partial> IN_REPR = Collections.newSetFromMap(new IdentityHashMap<>());

    static {
        TYPE.factory = Partial::create;
        TYPE.dict.put("__new__", new PyDescriptors.StaticMethod(new PyBuiltinFunction("__new__", (a, k) -> {
            if (a.length == 0 || !(a[0] instanceof PyType t) || !t.isSubtypeOf(TYPE)) {
                throw PyErr.typeError("partial.__new__(X): X is not a subtype of partial");
            }
            return create(t, Arrays.copyOfRange(a, 1, a.length), k);
        }, false, "partial")));
        TYPE.dict.put("__doc__", PyStr.of("Create a new function with partial application of the given arguments\n"
                + "and keywords."));
        Natives.method(TYPE, "__call__", (a, k) -> ((Partial) a[0]).call(a, k));
        TYPE.dict.put("func", Natives.readOnly("func", o -> ((Partial) o).func, "readonly attribute"));
        TYPE.dict.put("args", Natives.readOnly("args", o -> ((Partial) o).args, "readonly attribute"));
        TYPE.dict.put("keywords", Natives.readOnly("keywords", o -> ((Partial) o).keywords, "readonly attribute"));
        Natives.method(TYPE, "__repr__", (a, k) -> PyStr.of(((Partial) a[0]).repr()));
        Natives.method(TYPE, "__reduce__", (a, k) -> {
            Partial p = (Partial) a[0];
            PyObject dict = p.dict == null || p.dict.isEmpty() ? PyNone.INSTANCE : Ops.getattr(p, "__dict__");
            return PyTuple.of(p.type, PyTuple.of(p.func), PyTuple.of(p.func, p.args, p.keywords, dict));
        });
        Natives.method(TYPE, "__setstate__", (a, k) -> {
            ((Partial) a[0]).setState(a[1]);
            return PyNone.INSTANCE;
        });
        Natives.method(TYPE, "__class_getitem__", (a, k) -> Ops.call(
                Ops.getitem(PyTypes.LIST, PyTypes.INT).type(), a[0], a[1]));
        TYPE.dict.put("__class_getitem__", new PyDescriptors.ClassMethod(TYPE.dict.get("__class_getitem__")));
    }

    private final PyType type;
    PyObject func;
    PyTuple args;
    PyDict keywords;
    private Map<String, PyObject> dict;

    private Partial(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public Map<String, PyObject> instanceDict() {
        if (dict == null) {
            dict = new AttrMap(new PyDict());
        }
        return dict;
    }

    static boolean callable(PyObject o) {
        return o instanceof PyFunction || o instanceof PyType || o instanceof PyBuiltinFunction
                || o instanceof PyMethod || o.type().lookup("__call__") != null;
    }

    private static PyObject create(PyType t, PyObject[] a, String[] k) {
        int nkw = k == null ? 0 : k.length;
        int npos = a.length - nkw;
        if (npos < 1) {
            throw PyErr.typeError("type 'partial' takes at least one argument");
        }
        PyObject func = a[0];
        if (!callable(func)) {
            throw PyErr.typeError("the first argument must be callable");
        }
        PyObject[] frozen = Arrays.copyOfRange(a, 1, npos);
        PyDict kw = new PyDict();
        if (func instanceof Partial inner && (inner.dict == null || inner.dict.isEmpty())) {
            PyObject[] both = new PyObject[inner.args.size() + frozen.length];
            System.arraycopy(inner.args.items, 0, both, 0, inner.args.size());
            System.arraycopy(frozen, 0, both, inner.args.size(), frozen.length);
            frozen = both;
            kw.update(inner.keywords);
            func = inner.func;
        }
        for (int i = 0; i < nkw; i++) {
            kw.put(PyStr.of(k[i]), a[npos + i]);
        }
        Partial p = new Partial(t);
        p.func = func;
        p.args = PyTuple.wrap(frozen);
        p.keywords = kw;
        return p;
    }

    private PyObject call(PyObject[] a, String[] k) {
        int nkw = k == null ? 0 : k.length;
        int npos = a.length - 1 - nkw;
        int nfrozen = args.size();
        if (keywords.size() == 0) {
            PyObject[] all = new PyObject[nfrozen + a.length - 1];
            System.arraycopy(args.items, 0, all, 0, nfrozen);
            System.arraycopy(a, 1, all, nfrozen, a.length - 1);
            return Ops.call(func, all, k);
        }
        PyDict merged = keywords.copy();
        for (int i = 0; i < nkw; i++) {
            merged.put(PyStr.of(k[i]), a[1 + npos + i]);
        }
        int size = merged.size();
        PyObject[] all = new PyObject[nfrozen + npos + size];
        String[] names = new String[size];
        System.arraycopy(args.items, 0, all, 0, nfrozen);
        System.arraycopy(a, 1, all, nfrozen, npos);
        int at = nfrozen + npos;
        int j = 0;
        for (int pos = merged.next(0); pos >= 0; pos = merged.next(pos + 1)) {
            if (!(merged.keyAt(pos) instanceof PyStr name)) {
                throw PyErr.typeError("keywords must be strings");
            }
            names[j++] = name.value;
            all[at++] = merged.valueAt(pos);
        }
        return Ops.call(func, all, names);
    }

    private String repr() {
        if (IN_REPR.contains(this)) {
            return "...";
        }
        IN_REPR.add(this);
        try {
            StringBuilder sb = new StringBuilder(Ops.repr(func));
            for (PyObject v : args.items) {
                sb.append(", ").append(Ops.repr(v));
            }
            for (int pos = keywords.next(0); pos >= 0; pos = keywords.next(pos + 1)) {
                sb.append(", ").append(Ops.str(keywords.keyAt(pos))).append('=')
                        .append(Ops.repr(keywords.valueAt(pos)));
            }
            return type.module + "." + type.qualname + "(" + sb + ")";
        } finally {
            IN_REPR.remove(this);
        }
    }

    private void setState(PyObject state) {
        if (!(state instanceof PyTuple t) || t.size() != 4) {
            throw PyErr.typeError("invalid partial state");
        }
        PyObject fn = t.get(0);
        PyObject fnArgs = t.get(1);
        PyObject kw = t.get(2);
        PyObject ns = t.get(3);
        if (!callable(fn) || !(fnArgs instanceof PyTuple) || (kw != PyNone.INSTANCE && !(kw instanceof PyDict))
                || (ns != PyNone.INSTANCE && !(ns instanceof PyDict))) {
            throw PyErr.typeError("invalid partial state");
        }
        func = fn;
        args = fnArgs.type() == PyTypes.TUPLE ? (PyTuple) fnArgs : PyTuple.wrap(((PyTuple) fnArgs).items.clone());
        keywords = kw == PyNone.INSTANCE ? new PyDict()
                : kw.type() == PyTypes.DICT ? (PyDict) kw : ((PyDict) kw).copy();
        dict = null;
        if (ns instanceof PyDict d) {
            Map<String, PyObject> fresh = instanceDict();
            for (int pos = d.next(0); pos >= 0; pos = d.next(pos + 1)) {
                fresh.put(Ops.str(d.keyAt(pos)), d.valueAt(pos));
            }
        }
    }
}
