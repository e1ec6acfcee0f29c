package dev.tiercel.tier2.trace;

/** A trace as a backend runs it. */
public interface CompiledTrace {
    /**
     * Runs from the first uop; returns the code-unit index where tier 1 resumes, {@code state.sp} being the stack depth
     * there. When a uop raises, sets {@code state.f.lasti} to that uop's instruction and rethrows.
     */
    int run(TraceState state);
}
