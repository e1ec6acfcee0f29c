package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.object.Args;
import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyInt;
import dev.tiercel.runtime.object.PyList;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyNotImplemented;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PySet;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;

/**
 * {@code mappingproxy}: a read-only view of a mapping ({@code types.MappingProxyType(d)}), and what
 * {@code cls.__dict__} and {@code vars(cls)} return, over the class namespace (live: later changes to the class
 * show through).
 */
public final class MappingProxy extends PyObject {
    public static final PyType TYPE = new PyType("mappingproxy", PyTypes.OBJECT);

    private final PyObject mapping;
    private final PyType namespaceOf;

    private MappingProxy(PyObject mapping, PyType namespaceOf) {
        this.mapping = mapping;
        this.namespaceOf = namespaceOf;
    }

    /** The proxy of a class's namespace. */
    public static MappingProxy of(PyType cls) {
        return new MappingProxy(null, cls);
    }

    /** The mapping seen through the proxy (for a class, its namespace as a dict, made now). */
    PyObject target() {
        return namespaceOf != null ? DictBuiltins.fromMap(namespaceOf.dict) : mapping;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyObject target(PyObject self) {
        return ((MappingProxy) self).target();
    }

    static void install() {
        PyType t = TYPE;
        t.factory = (ty, a, k) -> {
            Args.allowKw("mappingproxy", k, "mapping");
            Args.check("mappingproxy", a, k, 1, 1);
            PyObject m = a[0];
            if (!(m instanceof PyDict) && (m instanceof PyList || m instanceof PyTuple || m instanceof PySet
                    || m.type().lookup("__getitem__") == null || m.type().lookup("keys") == null)) {
                throw PyErr.typeError("mappingproxy() argument must be a mapping, not " + m.type().name());
            }
            return new MappingProxy(m, null);
        };
        Reg.method(t, "__getitem__", 1, 1, (a, k) -> Ops.getitem(target(a[0]), a[1]));
        Reg.method(t, "__contains__", 1, 1, (a, k) -> PyBool.of(Ops.contains(target(a[0]), a[1])));
        Reg.method(t, "__len__", 0, 0, (a, k) -> PyInt.of(Ops.len(target(a[0]))));
        Reg.method(t, "__iter__", 0, 0, (a, k) -> Ops.iter(target(a[0])));
        Reg.method(t, "__reversed__", 0, 0, (a, k) -> Ops.call(dev.tiercel.runtime.object.Py.builtinsDict()
                .getStr("reversed"), target(a[0])));
        Reg.method(t, "get", 1, 2, (a, k) -> Ops.invoke(target(a[0]), "get", a[1],
                a.length > 2 ? a[2] : PyNone.INSTANCE));
        for (String name : new String[] {"keys", "values", "items", "copy"}) {
            Reg.method(t, name, 0, 0, (a, k) -> Ops.invoke(target(a[0]), name));
        }
        Reg.method(t, "__repr__", 0, 0, (a, k) -> PyStr.of("mappingproxy(" + Ops.repr(target(a[0])) + ")"));
        Reg.method(t, "__eq__", 1, 1, (a, k) -> Ops.richCompare(target(a[0]),
                a[1] instanceof MappingProxy p ? p.target() : a[1], Ops.EQ));
        Reg.method(t, "__ne__", 1, 1, (a, k) -> Ops.richCompare(target(a[0]),
                a[1] instanceof MappingProxy p ? p.target() : a[1], Ops.NE));
        Reg.method(t, "__or__", 1, 1, (a, k) -> a[1] instanceof MappingProxy p
                ? Ops.binaryOp(Ops.invoke(target(a[0]), "copy"), p.target(), Ops.NB_OR)
                : merge(Ops.invoke(target(a[0]), "copy"), a[1]));
        Reg.method(t, "__ror__", 1, 1, (a, k) -> merge(Ops.invoke(a[1], "copy"), target(a[0])));
        Reg.method(t, "__delitem__", 1, 1, (a, k) -> {
            throw PyErr.typeError("'mappingproxy' object does not support item deletion");
        });
        Reg.method(t, "__hash__", 0, 0, (a, k) -> PyInt.of(Ops.hash(target(a[0]))));
        Reg.method(t, "__ior__", 1, 1, (a, k) -> {
            throw PyErr.typeError("'|=' is not supported by mappingproxy; use '|' instead");
        });
    }

    private static PyObject merge(PyObject copy, PyObject other) {
        if (!(other instanceof PyDict) && !(copy instanceof PyDict)) {
            return PyNotImplemented.INSTANCE;
        }
        return Ops.binaryOp(copy, other, Ops.NB_OR);
    }
}
