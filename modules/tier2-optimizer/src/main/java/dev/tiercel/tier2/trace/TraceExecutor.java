package dev.tiercel.tier2.trace;

import dev.tiercel.runtime.spi.PyStats;

import dev.tiercel.runtime.code.Opcodes;
import dev.tiercel.runtime.object.PyFrame;
import dev.tiercel.runtime.object.PyDict;
import dev.tiercel.runtime.spi.CodeExecutors;
import dev.tiercel.runtime.spi.DictKeyWatcher;
import dev.tiercel.runtime.spi.Executor;

/**
 * An executor: a compiled trace plus what tier 1 needs (validity, the replaced code unit) and the side-exit state.
 * When a trace leaves at an instruction that is itself {@code ENTER_EXECUTOR} (a loop's back edge), or through a side
 * exit that has its own trace, control passes straight to that executor (stitching) instead of back to tier 1.
 * It watches the dict keys of the globals and builtins its trace folded into constants.
 */
public final class TraceExecutor implements Executor, DictKeyWatcher {
    /** Makes a side trace starting at a hot exit's target, or returns null. */
    @FunctionalInterface
    public interface SideTraces {
        TraceExecutor project(PyFrame frame, int at);
    }

    /**
     * Side exits through one type guard this often in a row (no other exit of the executor between them) mean the
     * types changed for good; a guard that fails now and then is a call site that sees several classes in turn,
     * which a side trace serves.
     */
    static final int TYPES_CHANGED = 64;

    public final Trace trace;
    public final CompiledTrace compiled;
    private final int original;
    /** Cleared when an assumption breaks; checked by {@code _CHECK_VALIDITY}. */
    public volatile boolean valid = true;
    /** The watched name whose change invalidated the executor, if that is what did: {@code global `x`} or {@code
     * builtin `len`} (for {@code -X jit-report}). */
    public volatile String changedName;
    /** How often each side exit was taken. */
    public final int[] exitCounts;
    /** The trace each side exit continues in, once that exit got hot; entries may stay null. */
    private final TraceExecutor[] sides;
    private final SideTraces sideTraces;
    private final int hot;
    /** The exit this executor left through last, and how many times in a row. */
    private int lastExit = -1;
    private int streak;

    public TraceExecutor(Trace trace, CompiledTrace compiled, int originalCodeUnit, SideTraces sideTraces,
            int hotExit) {
        this.trace = trace;
        this.compiled = compiled;
        this.original = originalCodeUnit;
        this.exitCounts = new int[trace.exits()];
        this.sides = new TraceExecutor[trace.exits()];
        this.sideTraces = sideTraces;
        this.hot = hotExit;
    }

    @Override
    public int execute(PyFrame frame) {
        TraceState st = new TraceState(frame, this);
        TraceExecutor ex = this;
        while (true) {
            int resume = ex.compiled.run(st);
            TraceUop exit = st.exit;
            TraceExecutor next = null;
            // inside an inlined call tier 1 takes over: side traces and stitching start in the loop's own frame
            boolean inLoopFrame = st.f == frame;
            boolean typeGuard = exit != null && exit.exitIndex >= 0 && exit.guard != null
                    && exit.guard.has(Uop.TYPE_GUARD);
            if (exit != null && exit.exitIndex >= 0) {
                ex.streak = exit.exitIndex == ex.lastExit ? ex.streak + 1 : 1;
                ex.lastExit = exit.exitIndex;
            }
            if (inLoopFrame && exit != null && exit.exitIndex >= 0 && ex.sideTraces != null) {
                next = ex.sides[exit.exitIndex];
                // exits to another path (a branch not taken when projecting), and type guards: projected from
                // the values now there, the side trace takes the other class. Other exits that resume at their
                // own instruction (exhausted iterators) would just fail the same way again.
                if (next == null && ex.exitCounts[exit.exitIndex] == ex.hot && exit.uop == Uop._EXIT_TRACE
                        && (exit.resume > exit.target || typeGuard) && ex.valid) {
                    frame.sp = st.sp;
                    next = ex.sideTraces.project(frame, resume);
                    ex.sides[exit.exitIndex] = next;
                }
            }
            if (typeGuard && ex.streak >= TYPES_CHANGED) {
                ex.invalidate(); // the types the trace was specialized for changed: tier 1 re-projects
            }
            if (exit != null && exit.uop == Uop._DEOPT && exit.guard != null && exit.guard.has(Uop.TYPE_GUARD)
                    && ++exit.taken >= TYPES_CHANGED) {
                ex.invalidate(); // a specialized uop keeps failing (types changed): tier 1 re-projects
            }
            if (inLoopFrame && (next == null || !next.valid)) {
                next = chained(frame, resume);
            }
            if (next == null || !next.valid) {
                st.f.sp = st.sp;
                return resume; // in st.f, which is Py.current (an inlined callee's frame when the trace left there)
            }
            ex = next;
            st.ex = next;
            st.exit = null;
        }
    }

    /** The valid executor installed at {@code resume}, if that instruction is {@code ENTER_EXECUTOR}. */
    private static TraceExecutor chained(PyFrame frame, int resume) {
        int unit = frame.code.adaptive[resume] & 0xffff;
        if ((unit & 0xff) != Opcodes.ENTER_EXECUTOR) {
            return null;
        }
        CodeExecutors table = CodeExecutors.of(frame.code);
        return table != null && table.get(unit >> 8) instanceof TraceExecutor te && te.valid ? te : null;
    }

    @Override
    public boolean isValid() {
        return valid;
    }

    @Override
    public void invalidate() {
        if (valid && PyStats.ENABLED) {
            TraceStats.invalidated();
        }
        valid = false;
    }

    /** A global or builtin the trace folded was rebound, deleted or shadowed. */
    @Override
    public void keyChanged(PyDict dict, String key) {
        if (valid) {
            changedName = (dict == dev.tiercel.runtime.object.Py.builtinsDict() ? "builtin `" : "global `") + key + "`";
            Rebinds.note(trace.code(), key);
        }
        invalidate();
    }

    @Override
    public int originalCodeUnit() {
        return original;
    }
}
