package dev.tiercel.backend.interp;

import dev.tiercel.tier2.trace.TraceUop;
import dev.tiercel.tier2.trace.Uop;
import java.util.List;

/**
 * Pairs of uops the interpreter runs in one dispatch (the trace keeps its uops: listings, statistics and
 * {@code PYTHON_LLTRACE=4} still see each one). A fused case runs the first uop, and unless it left its normal
 * path, moves to the second and runs it; everything after (exits, errors, the next uop) then follows the second, or
 * the first when it left. The dispatch switch ({@link UopDispatch}) is generated with a case per pair.
 */
final class Fusions {
    private Fusions() {}

    /** The fused pairs, by frequency in bench/'s traces; pair {@code k} dispatches as {@code Uop.values().length + k}. */
    static final List<Uop[]> PAIRS = List.of(
            new Uop[] {Uop._LOAD_FAST, Uop._LOAD_FAST},
            new Uop[] {Uop._LOAD_FAST, Uop._LOAD_CONST_INLINE_BORROW},
            new Uop[] {Uop._STORE_FAST, Uop._LOAD_FAST},
            new Uop[] {Uop._ITER_NEXT_RANGE, Uop._STORE_FAST},
            new Uop[] {Uop._ITER_CHECK_RANGE, Uop._GUARD_NOT_EXHAUSTED_RANGE},
            new Uop[] {Uop._GUARD_BOTH_FLOAT, Uop._BINARY_OP_ADD_FLOAT},
            new Uop[] {Uop._GUARD_BOTH_FLOAT, Uop._BINARY_OP_SUBTRACT_FLOAT},
            new Uop[] {Uop._GUARD_BOTH_FLOAT, Uop._BINARY_OP_MULTIPLY_FLOAT},
            new Uop[] {Uop._GUARD_NOS_FLOAT, Uop._BINARY_OP_ADD_FLOAT},
            new Uop[] {Uop._GUARD_NOS_FLOAT, Uop._BINARY_OP_SUBTRACT_FLOAT},
            new Uop[] {Uop._GUARD_NOS_FLOAT, Uop._BINARY_OP_MULTIPLY_FLOAT},
            new Uop[] {Uop._GUARD_TOS_FLOAT, Uop._BINARY_OP_ADD_FLOAT},
            new Uop[] {Uop._GUARD_TOS_FLOAT, Uop._BINARY_OP_SUBTRACT_FLOAT},
            new Uop[] {Uop._GUARD_TOS_FLOAT, Uop._BINARY_OP_MULTIPLY_FLOAT},
            new Uop[] {Uop._GUARD_BOTH_INT, Uop._BINARY_OP_ADD_INT},
            new Uop[] {Uop._GUARD_NOS_INT, Uop._BINARY_OP_ADD_INT},
            new Uop[] {Uop._GUARD_TOS_INT, Uop._BINARY_OP_ADD_INT},
            new Uop[] {Uop._GUARD_BOTH_INT, Uop._COMPARE_OP_INT},
            new Uop[] {Uop._COMPARE_OP_INT, Uop._GUARD_IS_TRUE_POP},
            new Uop[] {Uop._COMPARE_OP_INT, Uop._GUARD_IS_FALSE_POP},
            new Uop[] {Uop._LOAD_CONST_INLINE_BORROW, Uop._BINARY_SUBSCR_LIST_INT},
            new Uop[] {Uop._BINARY_SUBSCR_LIST_INT, Uop._STORE_FAST},
            new Uop[] {Uop._GUARD_TYPE_VERSION, Uop._LOAD_ATTR_METHOD_NO_DICT},
            new Uop[] {Uop._GUARD_TYPE_VERSION, Uop._LOAD_ATTR_METHOD_WITH_VALUES},
            new Uop[] {Uop._CHECK_MANAGED_OBJECT_HAS_VALUES, Uop._LOAD_ATTR_INSTANCE_VALUE},
            new Uop[] {Uop._GUARD_TYPE_VERSION, Uop._CHECK_MANAGED_OBJECT_HAS_VALUES});

    /**
     * What the interpreter dispatches on for each uop of {@code code}: its ordinal, or a fused pair's number at the
     * pair's first uop (pairs taken left to right, never starting at the trace's first uop, which {@code _JUMP_TO_TOP}
     * passes over, nor across the end of the body).
     */
    static int[] ops(TraceUop[] code) {
        int n = Uop.values().length;
        int[] ops = new int[code.length];
        for (int i = 0; i < code.length; i++) {
            ops[i] = code[i].op;
        }
        for (int i = 1; i + 1 < code.length; i++) {
            int k = pair(code[i].uop, code[i + 1].uop);
            if (k >= 0) {
                ops[i] = n + k;
                i++; // the second uop is never a jump target: only uop 1 (TOP) and the stubs are
            }
        }
        return ops;
    }

    private static int pair(Uop a, Uop b) {
        for (int k = 0; k < PAIRS.size(); k++) {
            if (PAIRS.get(k)[0] == a && PAIRS.get(k)[1] == b) {
                return k;
            }
        }
        return -1;
    }
}
