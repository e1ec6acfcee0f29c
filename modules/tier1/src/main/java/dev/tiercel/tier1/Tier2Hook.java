package dev.tiercel.tier1;

import static dev.tiercel.runtime.code.Opcodes.ENTER_EXECUTOR;
import static dev.tiercel.runtime.code.Opcodes.JUMP_BACKWARD;

import dev.tiercel.runtime.object.PyFrame;
import dev.tiercel.runtime.spi.CodeExecutors;
import dev.tiercel.runtime.spi.Executor;
import dev.tiercel.runtime.spi.JitState;
import dev.tiercel.runtime.spi.TraceOptimizer;

/**
 * Tier 1's side of the tier-2 contract: counts {@code JUMP_BACKWARD}s in the instruction's inline cache entry (as
 * CPython does), asks the {@link TraceOptimizer} for an executor when one is hot, installs it as
 * {@code ENTER_EXECUTOR} (oparg = index into the code's {@link CodeExecutors}; the original code unit stays in the
 * executor for de-optimization) and runs it. Does nothing when no optimizer is on the module path or tier 2 is off.
 *
 * <p>The counter (16 bits) keeps the count in its upper 12 bits and a back-off exponent in its lower 4 bits: after a
 * failed attempt the next one waits twice as long. While the executor is installed the cache entry keeps the
 * exponent it was made with, and an invalidated executor's {@code JUMP_BACKWARD} gets the next one: a loop whose
 * executors keep being invalidated (a call site that sees two classes in turn fails its type guard, richards_like
 * in bench/) is re-traced after 32, 64, ... 4095 back edges instead of every 32 (8,882 traces made for that
 * program before, the JIT image translating each).
 */
final class Tier2Hook {
    private Tier2Hook() {}

    /** True while tier 2 is off (no optimizer, PYTHON_JIT=0, switched off at run time); read on every back edge. */
    static boolean off;
    private static boolean initialized;
    private static TraceOptimizer optimizer;

    /** Lazily (first back edge, when the runtime is set up) finds whether tier 2 is on, and follows its changes. */
    static synchronized void init() {
        if (initialized) {
            return;
        }
        initialized = true;
        optimizer = JitState.optimizer().orElse(null);
        off = !JitState.tier2Enabled();
        JitState.onChange(on -> off = !on);
    }

    /**
     * The {@code JUMP_BACKWARD} at {@code here} ran (tier 1 already moved {@code ip} to its target); counts it and,
     * when hot, installs an executor. {@code f.sp} must be current.
     */
    static void backEdge(PyFrame f, short[] code, int here) {
        if (!initialized) {
            init();
            if (off) {
                return;
            }
        }
        int c = code[here + 1] & 0xffff;
        int count = (c >>> 4) + 1;
        int exp = c & 15;
        if (count < Math.min(4095, JitState.backedgeThreshold() << exp)) {
            code[here + 1] = (short) (count << 4 | exp);
            return;
        }
        int unit = code[here] & 0xffff;
        if ((unit & 0xff) != JUMP_BACKWARD) {
            return;
        }
        CodeExecutors table = CodeExecutors.of(f.code);
        Executor ex = null;
        int idx = -1;
        if (table != null) {
            ex = optimizer.optimize(f, here);
            if (ex != null) {
                idx = table.add(ex);
            }
        }
        if (idx < 0) {
            code[here + 1] = (short) (Math.min(exp + 1, 12));
            return;
        }
        code[here + 1] = (short) exp;
        code[here] = (short) (ENTER_EXECUTOR | (idx << 8));
    }

    /**
     * {@code ENTER_EXECUTOR} at {@code here} with oparg {@code arg}: runs the executor and returns where tier 1
     * resumes. An invalid executor is removed, the original {@code JUMP_BACKWARD} restored and performed instead.
     */
    static int enter(PyFrame f, short[] code, int here, int arg) {
        CodeExecutors table = CodeExecutors.of(f.code);
        Executor ex = table == null ? null : table.get(arg & 0xff);
        if (ex != null && ex.isValid() && !off) {
            JitState.executorEntered();
            try {
                return ex.execute(f);
            } finally {
                JitState.executorLeft();
            }
        }
        int orig = ex != null ? ex.originalCodeUnit() : JUMP_BACKWARD;
        code[here] = (short) orig;
        code[here + 1] = (short) Math.min((code[here + 1] & 15) + 1, 12);
        if (table != null) {
            table.remove(arg & 0xff);
        }
        int fullArg = (arg & ~0xff) | ((orig >> 8) & 0xff);
        return here + 2 - fullArg;
    }
}
