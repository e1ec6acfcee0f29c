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
    /** Per side exit: its count when its side trace was last dropped, and how many times that happened. */
    private final int[] coldSince;
    private final byte[] rewarmings;
    private final SideTraces sideTraces;
    private final int hot;
    /** The exit this executor left through last, and how many times in a row. */
    private int lastExit = -1;
    private int streak;
    /** Entries that returned to tier 1 (counted up to {@link #PROBATION}), and how many of them were fruitless. */
    private int entries;
    private int fruitless;
    /** Set when the executor was dropped for being fruitless too often (for {@code -X jit-report}). */
    public volatile boolean gaveUp;

    public TraceExecutor(Trace trace, CompiledTrace compiled, int originalCodeUnit, SideTraces sideTraces,
            int hotExit) {
        this.trace = trace;
        this.compiled = compiled;
        this.original = originalCodeUnit;
        this.exitCounts = new int[trace.exits()];
        this.sides = new TraceExecutor[trace.exits()];
        this.coldSince = new int[trace.exits()];
        this.rewarmings = new byte[trace.exits()];
        this.sideTraces = sideTraces;
        this.hot = hotExit;
    }

    @Override
    public int execute(PyFrame frame) {
        TraceState st = new TraceState(frame, this);
        TraceExecutor ex = this;
        int hops = 0; // other executors this entry reached through exits and back edges
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
                int i = exit.exitIndex;
                next = ex.sides[i];
                if (next != null && !next.valid) { // dropped (its types changed): warm up again, longer each time
                    ex.sides[i] = null;
                    next = null;
                    ex.coldSince[i] = ex.exitCounts[i];
                    ex.rewarmings[i] = (byte) Math.min(ex.rewarmings[i] + 1, 8);
                }
                // exits to another path (a branch not taken when projecting), and type guards: projected from
                // the values now there, the side trace takes the other class. Other exits that resume at their
                // own instruction (exhausted iterators) would just fail the same way again.
                if (next == null && ex.exitCounts[i] - ex.coldSince[i] == ex.hot << ex.rewarmings[i]
                        && exit.uop == Uop._EXIT_TRACE
                        && (exit.resume > exit.target || typeGuard) && ex.valid) {
                    frame.sp = st.sp;
                    next = ex.sideTraces.project(frame, resume);
                    ex.sides[i] = next;
                }
            }
            if (typeGuard && ex.streak >= TYPES_CHANGED) {
                ex.retyped(); // the types the trace was specialized for changed: tier 1 re-projects
            }
            if (exit != null && exit.uop == Uop._DEOPT && exit.guard != null && exit.guard.has(Uop.TYPE_GUARD)
                    && ++exit.taken >= TYPES_CHANGED) {
                ex.retyped(); // a specialized uop keeps failing (types changed): tier 1 re-projects
            }
            if (inLoopFrame && (next == null || !next.valid)) {
                next = chained(frame, resume);
            }
            if (next == null || !next.valid) {
                onProbation(fruitless(st, exit, hops));
                st.f.sp = st.sp;
                return resume; // in st.f, which is Py.current (an inlined callee's frame when the trace left there)
            }
            ex = next;
            hops++;
            st.ex = next;
            st.exit = null;
        }
    }

    /**
     * Whether an entry did nothing for tier 1: it completed no iteration and reached no other trace before a guard
     * (other than an iterator's end) sent it back. Such an entry costs its entry and exit and saves nothing.
     */
    private static boolean fruitless(TraceState st, TraceUop exit, int hops) {
        return st.tops == 0 && hops == 0 && exit != null && exit.guard != null && !iteratorEnd(exit.guard);
    }

    private static boolean iteratorEnd(Uop guard) {
        return guard == Uop._GUARD_NOT_EXHAUSTED_RANGE || guard == Uop._GUARD_NOT_EXHAUSTED_LIST
                || guard == Uop._GUARD_NOT_EXHAUSTED_TUPLE || guard == Uop._FOR_ITER_TIER_TWO;
    }

    /**
     * Counts an entry; at the end of every {@link #PROBATION} entries, an executor with at least {@link #GIVE_UP}
     * fruitless ones among them is dropped and its loop left to tier 1 for good (a call site that sees several classes, or a
     * branch inside an inlined call that goes either way: richards_like in bench/, about half its entries; the
     * other bench/ programs have at most 3%).
     */
    private void onProbation(boolean wasted) {
        entries++;
        fruitless += wasted ? 1 : 0;
        if (entries == PROBATION) {
            if (fruitless >= GIVE_UP) {
                gaveUp = true;
                GivenUp.add(trace.code(), trace.start());
                invalidate();
                return;
            }
            entries = 0;
            fruitless = 0;
        }
    }

    public static final int PROBATION = 1000;
    static final int GIVE_UP = 100;

    /** Fruitless entries in the current window of {@link #PROBATION} entries. */
    public int fruitlessEntries() {
        return fruitless;
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

    private void retyped() {
        if (valid) {
            GivenUp.retyped(trace.code(), trace.start());
        }
        invalidate();
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
