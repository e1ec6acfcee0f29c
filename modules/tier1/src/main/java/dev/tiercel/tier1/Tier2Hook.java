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
 * <p>The counter (16 bits) counts down in its upper 12 bits and keeps a back-off exponent in its lower 4 bits: the
 * loop asks for an executor on the {@code min(4095, threshold << exponent)}th back edge since the count was last
 * reset, and after a failed attempt the next one waits twice as long. {@link Eval} decrements the count inline and
 * calls {@link #backEdge} only when at most one back edge is left (or the count was reset to 0): every image,
 * whether tier 2 is on the module path or not, runs the same few instructions on a back edge, so the JVM compiles
 * the same dispatch loop for all of them (measured with {@code bench/run.py --batch}: fib, which makes no trace,
 * ran 6% slower in {@code tiercel-interp} than in {@code tiercel-tier1} when the back edge called this class each
 * time in one image and never in the other). While the executor is installed the cache entry keeps the
 * exponent it was made with, and an invalidated executor's {@code JUMP_BACKWARD} gets the next one: a loop whose
 * executors keep being invalidated (a call site that sees two classes in turn fails its type guard, richards_like
 * in bench/) is re-traced after 32, 64, ... 4095 back edges instead of every 32 (8,882 traces made for that
 * program before, the JIT image translating each).
 */
final class Tier2Hook {
    private Tier2Hook() {}

    /** One back edge in the counter's count field (its upper 12 bits). */
    static final int ONE = 16;
    /** A counter at or above this has more than one back edge left to count down (inline, in {@link Eval}). */
    static final int MORE_THAN_ONE_LEFT = 2 * ONE;

    /** True while tier 2 is off (no optimizer, PYTHON_JIT=0, switched off at run time). */
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
     * The {@code JUMP_BACKWARD} at {@code here} ran (tier 1 already moved {@code ip} to its target) and its countdown
     * is at one or was reset: starts the countdown, or asks for an executor and installs it. {@code f.sp} must be
     * current.
     */
    static void backEdge(PyFrame f, short[] code, int here) {
        if (!initialized) {
            init();
        }
        int c = code[here + 1] & 0xffff;
        int left = c >>> 4;
        int exp = c & 15;
        if (off) { // look again later: tier 2 may be switched on at run time (never, without an optimizer)
            code[here + 1] = (short) ((optimizer == null ? 4095 : JitState.backedgeThreshold()) << 4 | exp);
            return;
        }
        if (left == 0) { // this back edge is the first of the count
            int n = Math.min(4095, JitState.backedgeThreshold() << exp);
            if (n > 1) {
                code[here + 1] = (short) ((n - 1) << 4 | exp);
                return;
            }
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
