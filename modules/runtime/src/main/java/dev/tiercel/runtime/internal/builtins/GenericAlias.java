package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;
import java.util.Set;

/** {@code types.GenericAlias}: what {@code list[int]} and friends evaluate to. */
public final class GenericAlias extends PyObject {
    public static final PyType TYPE = new PyType("GenericAlias", PyTypes.OBJECT);
    static final Set<PyType> GENERIC = Set.of(PyTypes.LIST, PyTypes.DICT, PyTypes.TUPLE, PyTypes.SET,
            PyTypes.FROZENSET, PyTypes.TYPE);

    static {
        TYPE.module = "types";
    }

    final PyObject origin;
    final PyTuple args;

    GenericAlias(PyObject origin, PyObject args) {
        this.origin = origin;
        this.args = args instanceof PyTuple t ? t : PyTuple.of(args);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static String name(PyObject o) {
        if (o instanceof PyType t) {
            return t.qualifiedName();
        }
        if (o == dev.tiercel.runtime.object.PyEllipsis.INSTANCE) {
            return "...";
        }
        return Ops.repr(o);
    }

    static void install() {
        TYPE.factory = (t, a, k) -> new GenericAlias(a[0], a[1]);
        Reg.method(TYPE, "__repr__", 0, 0, (a, k) -> {
            GenericAlias g = (GenericAlias) a[0];
            StringBuilder sb = new StringBuilder(name(g.origin)).append('[');
            for (int i = 0; i < g.args.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(name(g.args.get(i)));
            }
            if (g.args.size() == 0) {
                sb.append("()");
            }
            return PyStr.of(sb.append(']').toString());
        });
        Reg.methodKw(TYPE, "__call__", (a, k) -> Ops.call(((GenericAlias) a[0]).origin,
                java.util.Arrays.copyOfRange(a, 1, a.length), k));
        Reg.method(TYPE, "__getitem__", 1, 1, (a, k) -> new GenericAlias(((GenericAlias) a[0]).origin, a[1]));
        Reg.method(TYPE, "__eq__", 1, 1, (a, k) -> dev.tiercel.runtime.object.PyBool.of(a[1] instanceof GenericAlias o
                && Ops.eq(((GenericAlias) a[0]).origin, o.origin) && Ops.eq(((GenericAlias) a[0]).args, o.args)));
        Reg.method(TYPE, "__hash__", 0, 0, (a, k) -> dev.tiercel.runtime.object.PyInt.of(
                Ops.hash(((GenericAlias) a[0]).origin) ^ Ops.hash(((GenericAlias) a[0]).args)));
        Reg.method(TYPE, "__or__", 1, 1, (a, k) -> {
            PyObject u = UnionAndByteArray.union(a[0], a[1]);
            return u == null ? dev.tiercel.runtime.object.PyNotImplemented.INSTANCE : u;
        });
        Reg.getter(TYPE, "__origin__", o -> ((GenericAlias) o).origin);
        Reg.getter(TYPE, "__args__", o -> ((GenericAlias) o).args);
    }
}
