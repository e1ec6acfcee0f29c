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

    /**
     * The fused pairs; pair {@code k} dispatches as {@code Uop.values().length + k}. Empty: 26 pairs (loads, guard +
     * arithmetic, subscript + store) made bench/ slower on a loaded machine, likely by the larger switch's compilation.
     */
    static final List<Uop[]> PAIRS = List.of(); // none: measured slower with them (see docs/tier2.md)

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
