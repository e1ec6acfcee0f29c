package dev.tiercel.runtime.internal.builtins;

import dev.tiercel.runtime.object.Ops;
import dev.tiercel.runtime.object.PyBool;
import dev.tiercel.runtime.object.PyDescriptors;
import dev.tiercel.runtime.object.PyErr;
import dev.tiercel.runtime.object.PyFunction;
import dev.tiercel.runtime.object.PyNone;
import dev.tiercel.runtime.object.PyObject;
import dev.tiercel.runtime.object.PyStr;
import dev.tiercel.runtime.object.PyTuple;
import dev.tiercel.runtime.object.PyType;
import dev.tiercel.runtime.object.PyTypes;

/**
 * PEP 695 objects made by the type-parameter intrinsics: TypeVar, ParamSpec, TypeVarTuple (with lazily evaluated
 * bounds and constraints), TypeAliasType (lazily evaluated value) and Generic, the base of generic classes.
 */
public final class TypeParamBuiltins {
    private TypeParamBuiltins() {}

    public static final PyType TYPEVAR = typingType("TypeVar");
    public static final PyType PARAMSPEC = typingType("ParamSpec");
    public static final PyType TYPEVARTUPLE = typingType("TypeVarTuple");
    public static final PyType TYPEALIAS = typingType("TypeAliasType");
    public static final PyType GENERIC = new PyType("Generic", new PyType[] {PyTypes.OBJECT}, true);

    static {
        GENERIC.module = "typing";
    }

    private static PyType typingType(String name) {
        PyType t = new PyType(name, PyTypes.OBJECT);
        t.module = "typing";
        return t;
    }

    /** A type parameter; bound and constraints are computed on first use, as CPython does. */
    public static final class TypeParam extends PyObject {
        final PyType kind;
        final String name;
        PyObject boundFn;
        PyObject constraintsFn;
        PyObject bound;
        PyObject constraints;

        TypeParam(PyType kind, String name) {
            this.kind = kind;
            this.name = name;
        }

        @Override
        public PyType type() {
            return kind;
        }
    }

    /** {@code type Name[params] = value}. */
    public static final class TypeAlias extends PyObject {
        final String name;
        final PyObject params;
        final PyObject computeValue;
        PyObject value;
        String module;

        TypeAlias(String name, PyObject params, PyObject computeValue, String module) {
            this.name = name;
            this.params = params;
            this.computeValue = computeValue;
            this.module = module;
        }

        @Override
        public PyType type() {
            return TYPEALIAS;
        }
    }

    public static PyObject typeVar(PyObject name) {
        return new TypeParam(TYPEVAR, Ops.str(name));
    }

    public static PyObject paramSpec(PyObject name) {
        return new TypeParam(PARAMSPEC, Ops.str(name));
    }

    public static PyObject typeVarTuple(PyObject name) {
        return new TypeParam(TYPEVARTUPLE, Ops.str(name));
    }

    public static PyObject typeVarWithBound(PyObject name, PyObject boundFn) {
        TypeParam p = new TypeParam(TYPEVAR, Ops.str(name));
        p.boundFn = boundFn;
        return p;
    }

    public static PyObject typeVarWithConstraints(PyObject name, PyObject constraintsFn) {
        TypeParam p = new TypeParam(TYPEVAR, Ops.str(name));
        p.constraintsFn = constraintsFn;
        return p;
    }

    /** INTRINSIC_TYPEALIAS: {@code (name, type_params or None, compute_value)}. */
    public static PyObject typeAlias(PyObject triple, PyObject globalsName) {
        PyObject[] t = Ops.toArray(triple);
        return new TypeAlias(Ops.str(t[0]), t[1], t[2], globalsName == null ? "__main__" : Ops.str(globalsName));
    }

    /** INTRINSIC_SUBSCRIPT_GENERIC: the base that makes a class generic. */
    public static PyObject subscriptGeneric(PyObject params) {
        return GENERIC;
    }

    /** INTRINSIC_SET_FUNCTION_TYPE_PARAMS. */
    public static PyObject setFunctionTypeParams(PyObject func, PyObject params) {
        if (func instanceof PyFunction f && params instanceof PyTuple t) {
            f.typeParams = t;
        }
        return func;
    }

    static void install() {
        for (PyType t : new PyType[] {TYPEVAR, PARAMSPEC, TYPEVARTUPLE}) {
            Reg.getter(t, "__name__", x -> PyStr.of(((TypeParam) x).name));
            Reg.method(t, "__repr__", 0, 0, (a, k) -> PyStr.of(((TypeParam) a[0]).name));
            Reg.getter(t, "__covariant__", x -> PyBool.FALSE);
            Reg.getter(t, "__contravariant__", x -> PyBool.FALSE);
            Reg.getter(t, "__infer_variance__", x -> PyBool.TRUE);
            Reg.method(t, "__or__", 1, 1, (a, k) -> orNotImplemented(UnionAndByteArray.union(a[0], a[1])));
            Reg.method(t, "__ror__", 1, 1, (a, k) -> orNotImplemented(UnionAndByteArray.union(a[1], a[0])));
        }
        Reg.getter(TYPEVAR, "__bound__", x -> {
            TypeParam p = (TypeParam) x;
            if (p.bound == null) {
                p.bound = p.boundFn == null ? PyNone.INSTANCE : Ops.call(p.boundFn);
            }
            return p.bound;
        });
        Reg.getter(TYPEVAR, "__constraints__", x -> {
            TypeParam p = (TypeParam) x;
            if (p.constraints == null) {
                p.constraints = p.constraintsFn == null ? PyTuple.EMPTY : Ops.call(p.constraintsFn);
            }
            return p.constraints;
        });
        Reg.getter(TYPEALIAS, "__name__", x -> PyStr.of(((TypeAlias) x).name));
        Reg.getter(TYPEALIAS, "__module__", x -> PyStr.of(((TypeAlias) x).module));
        Reg.getter(TYPEALIAS, "__type_params__", x -> ((TypeAlias) x).params == PyNone.INSTANCE ? PyTuple.EMPTY
                : ((TypeAlias) x).params);
        Reg.getter(TYPEALIAS, "__value__", x -> {
            TypeAlias ta = (TypeAlias) x;
            if (ta.value == null) {
                ta.value = Ops.call(ta.computeValue);
            }
            return ta.value;
        });
        Reg.method(TYPEALIAS, "__repr__", 0, 0, (a, k) -> PyStr.of(((TypeAlias) a[0]).name));
        Reg.method(TYPEALIAS, "__getitem__", 1, 1, (a, k) -> {
            TypeAlias ta = (TypeAlias) a[0];
            if (ta.params == PyNone.INSTANCE) {
                throw PyErr.typeError("Only generic type aliases are subscriptable");
            }
            return new GenericAlias(ta, a[1]);
        });
        Reg.method(TYPEALIAS, "__or__", 1, 1, (a, k) -> orNotImplemented(UnionAndByteArray.union(a[0], a[1])));
        GENERIC.dict.put("__class_getitem__", new PyDescriptors.ClassMethod(
                new dev.tiercel.runtime.object.PyBuiltinFunction("__class_getitem__",
                        (a, k) -> new GenericAlias(a[0], a[1]), false, "Generic")));
    }

    private static PyObject orNotImplemented(PyObject r) {
        return r == null ? dev.tiercel.runtime.object.PyNotImplemented.INSTANCE : r;
    }
}
