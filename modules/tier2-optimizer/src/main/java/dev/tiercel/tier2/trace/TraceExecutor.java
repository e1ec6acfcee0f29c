package dev.tiercel.tier2.trace;

import dev.tiercel.runtime.object.PyFrame;
import dev.tiercel.runtime.spi.Executor;

/** An executor: a compiled trace plus what tier 1 needs (validity, the replaced code unit, side-exit counts). */
public final class TraceExecutor implements Executor {
    public final Trace trace;
    public final CompiledTrace compiled;
    private final int original;
    /** Cleared when an assumption breaks; checked by {@code _CHECK_VALIDITY}. */
    public volatile boolean valid = true;
    /** How often each side exit was taken. */
    public final int[] exitCounts;

    public TraceExecutor(Trace trace, CompiledTrace compiled, int originalCodeUnit) {
        this.trace = trace;
        this.compiled = compiled;
        this.original = originalCodeUnit;
        this.exitCounts = new int[trace.exits()];
    }

    @Override
    public int execute(PyFrame frame) {
        TraceState st = new TraceState(frame, this);
        int resume = compiled.run(st);
        frame.sp = st.sp;
        return resume;
    }

    @Override
    public boolean isValid() {
        return valid;
    }

    @Override
    public void invalidate() {
        valid = false;
    }

    @Override
    public int originalCodeUnit() {
        return original;
    }
}
