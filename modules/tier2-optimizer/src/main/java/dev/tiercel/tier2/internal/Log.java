package dev.tiercel.tier2.internal;

import dev.tiercel.runtime.code.PyCode;
import dev.tiercel.tier2.trace.TraceUop;
import dev.tiercel.tier2.trace.Uop;
import java.io.PrintStream;

/**
 * CPython's tier-2 debug output: {@code PYTHON_LLTRACE} (1: traces created; 2: projection and optimized traces; 4:
 * every uop executed and every exit) and {@code PYTHON_OPT_DEBUG} (3: the optimizer's abstract interpretation), in the
 * line formats of CPython 3.13's debug builds. Levels are read once; nothing is built when they are 0.
 */
public final class Log {
    private Log() {}

    public static final int LLTRACE = level("PYTHON_LLTRACE");
    public static final int OPT_DEBUG = level("PYTHON_OPT_DEBUG");
    static final PrintStream OUT = System.out;

    private static int level(String var) {
        String v = System.getenv(var);
        if (v == null || v.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String where(PyCode code) {
        return code.qualname + " (" + code.filename + ":" + code.firstlineno + ")";
    }

    static void line(String s) {
        System.out.flush();
        OUT.println(s);
        OUT.flush();
    }

    /** CPython's {@code _PyUOpPrint}: {@code NAME (oparg, target=T, operand=X[, error_target=0])}. */
    public static String uop(TraceUop u, boolean optimized) {
        StringBuilder sb = new StringBuilder(u.uop.name()).append(" (").append(u.oparg);
        if (u.uop == Uop._EXIT_TRACE && u.exitIndex >= 0) {
            sb.append(", exit_index=").append(u.exitIndex);
        } else if (optimized && u.jumpTarget >= 0) {
            sb.append(", jump_target=").append(u.jumpTarget);
        } else {
            sb.append(", target=").append(u.uop == Uop._JUMP_TO_TOP ? 0 : u.target);
        }
        sb.append(", operand=").append(operand(u));
        if (u.uop.has(Uop.ERROR)) {
            sb.append(", error_target=0");
        }
        return sb.append(')').toString();
    }

    private static String operand(TraceUop u) {
        if (u.uop == Uop._START_EXECUTOR || u.uop == Uop._SET_IP || u.uop == Uop._CHECK_VALIDITY
                || u.uop == Uop._CHECK_VALIDITY_AND_SET_IP || u.operand instanceof dev.tiercel.runtime.object.PyObject
                || u.operand instanceof Object[]
                || u.operand instanceof dev.tiercel.tier2.trace.InlinedCall && u.uop != Uop._INIT_CALL_PY_EXACT_ARGS) {
            return "0xDEADBEEF";
        }
        return u.operand instanceof Integer i && i != 0 ? "0x" + Integer.toHexString(i) : "0";
    }
}
