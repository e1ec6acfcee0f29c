package dev.tiercel.runtime.object;

import dev.tiercel.runtime.internal.builtins.TypeParamBuiltins;

/** The PEP 695 intrinsics (CALL_INTRINSIC_1 7..11, CALL_INTRINSIC_2 2..4) for the interpreter tiers. */
public final class TypeParams {
    private TypeParams() {}

    /** CALL_INTRINSIC_1 with a type-parameter intrinsic; null when {@code which} is not one. */
    public static PyObject intrinsic1(int which, PyObject v, PyDict globals) {
        return switch (which) {
            case 7 -> TypeParamBuiltins.typeVar(v);
            case 8 -> TypeParamBuiltins.paramSpec(v);
            case 9 -> TypeParamBuiltins.typeVarTuple(v);
            case 10 -> TypeParamBuiltins.subscriptGeneric(v);
            case 11 -> TypeParamBuiltins.typeAlias(v, globals.getStr("__name__"));
            default -> null;
        };
    }

    /** CALL_INTRINSIC_2 with a type-parameter intrinsic; null when {@code which} is not one. */
    public static PyObject intrinsic2(int which, PyObject a, PyObject b) {
        return switch (which) {
            case 2 -> TypeParamBuiltins.typeVarWithBound(a, b);
            case 3 -> TypeParamBuiltins.typeVarWithConstraints(a, b);
            case 4 -> TypeParamBuiltins.setFunctionTypeParams(a, b);
            default -> null;
        };
    }
}
