package dev.tiercel.tier2.nativecode;

import dev.tiercel.runtime.object.Py;
import dev.tiercel.tier2.trace.CompiledTrace;
import dev.tiercel.tier2.trace.TraceState;
import dev.tiercel.tier2.trace.TraceUop;
import java.lang.ref.Cleaner;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A tier-2 trace as native code, with the glue around it: {@link FrameGlue} unboxes what the trace touches into a
 * register file, the code runs until an exit, and the glue reboxes the exact frame state and maps the exit number to
 * the uop the trace left through. Eval-breaker exits at the back edge raise a pending KeyboardInterrupt or re-enter.
 * When a value the trace needs has no unboxed form (a big int, another type) the entry runs the same trace in the
 * uop interpreter instead. The code is unmapped when this object becomes unreachable.
 */
public final class NativeCompiledTrace implements CompiledTrace {
    /** Back edges between eval-breaker exits: Ctrl-C latency well under a millisecond, negligible re-entry cost. */
    static final long BREAKER_BUDGET = 1 << 18;
    private static final Cleaner CLEANER = Cleaner.create();

    /** Sees each native entry's register file just before the code runs (tests compare other CPUs from there). */
    public interface EntryObserver {
        void entering(TraceTranslator.Translation translation, RegisterFile registers, boolean valid);
    }

    static volatile EntryObserver observer;

    private final NativeTrace code;
    private final TraceTranslator.Translation translation;
    private final Supplier<CompiledTrace> fallback;
    private final int locals;
    private final int stackSize;
    private final AtomicReference<FrameGlue> spare = new AtomicReference<>();
    private CompiledTrace interpreted;
    /** Entries and back edges taken natively, until {@link #TRIAL_ENTRIES}; then whether to stay native. */
    private int entries;
    private long backEdges;
    private boolean shortRuns;
    /** The globals dict the trace folded constants from (its {@code _CHECK_GLOBALS}, a no-op natively), or null. */
    private final Object globals;

    /**
     * Native entries after which the trace's habit is judged: when they took fewer than {@link #SHORT_RUN} back
     * edges on average (an inner loop of a few iterations entered again and again), the glue around each entry costs
     * more than the uop interpreter takes for the whole run, and later entries use the uop interpreter's form.
     */
    static final int TRIAL_ENTRIES = 200;
    static final int SHORT_RUN = 8;

    NativeCompiledTrace(NativeTrace code, TraceTranslator.Translation translation, int locals, int stackSize,
            Supplier<CompiledTrace> fallback, Object globals) {
        this.code = code;
        this.globals = globals;
        this.translation = translation;
        this.fallback = fallback;
        this.locals = locals;
        this.stackSize = stackSize;
        CLEANER.register(this, code::close);
    }

    NativeTrace nativeTrace() {
        return code;
    }

    @Override
    public int run(TraceState st) {
        if (shortRuns || globals != null && st.f.globals != globals) {
            // no atomics or locks on this path: it is taken for short loops; other globals deopt in the uop
            // interpreter's _CHECK_GLOBALS
            return interpreted().run(st);
        }
        FrameGlue glue = spare.getAndSet(null);
        if (glue == null) {
            glue = new FrameGlue(translation, locals, stackSize);
        }
        try {
            if (!glue.unbox(st)) {
                JitStats.FALLBACK_ENTRIES.increment();
                return interpreted().run(st);
            }
            JitStats.NATIVE_ENTRIES.increment();
            return runNative(st, glue);
        } finally {
            spare.set(glue);
        }
    }

    private int runNative(TraceState st, FrameGlue glue) {
        RegisterFile rf = glue.registers();
        while (true) {
            if (!st.ex.valid) {
                code.invalidate();
            }
            rf.setEvalBreaker(BREAKER_BUDGET);
            EntryObserver o = observer;
            if (o != null) {
                o.entering(translation, rf, code.isValid());
            }
            int exit = (int) code.enter(rf);
            long taken = BREAKER_BUDGET - Math.max(rf.evalBreaker(), 0); // back edges this native run took
            st.tops += (int) taken;
            if (entries < TRIAL_ENTRIES) {
                judge(taken);
            }
            if (exit != TraceTranslator.BREAKER_EXIT) {
                glue.rebox(st);
                TraceUop leftThrough = translation.exits().get(exit);
                if (leftThrough.exitIndex >= 0) {
                    st.ex.exitCounts[leftThrough.exitIndex]++;
                }
                st.exit = leftThrough;
                return leftThrough.resume;
            }
            if (Py.interruptPending) {
                glue.rebox(st);
                st.f.lasti = translation.backEdge().target;
                st.f.sp = st.sp;
                Py.checkInterrupt();
                glue.unbox(st); // another thread took the interrupt: carry on from the frame just written
            }
        }
    }

    /** Counts one native run of {@code taken} back edges; the last trial entry decides {@link #shortRuns}. */
    private void judge(long taken) {
        backEdges += taken;
        if (++entries == TRIAL_ENTRIES && backEdges < (long) TRIAL_ENTRIES * SHORT_RUN) {
            shortRuns = true;
            JitStats.SHORT_RUN_TRACES.increment();
        }
    }

    /** The uop interpreter's form, made on first need (two threads may both make one: they are equivalent). */
    private CompiledTrace interpreted() {
        CompiledTrace c = interpreted;
        if (c == null) {
            c = fallback.get();
            interpreted = c;
        }
        return c;
    }
}
