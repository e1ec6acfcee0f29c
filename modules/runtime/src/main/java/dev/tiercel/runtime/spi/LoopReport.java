package dev.tiercel.runtime.spi;

import java.util.List;

/**
 * What tier 2 did with each loop that got hot, for {@code -X jit-report}: recorded only after {@link #start()}, so
 * it costs nothing otherwise. Provided by the tier-2 optimizer ({@link TraceOptimizer#loopReport()}).
 */
public interface LoopReport {

    /** Starts recording; called before the program runs. */
    void start();

    /** Every hot loop (and side trace) seen so far, in the order they got hot, with their current state. */
    List<HotLoop> loops();

    /**
     * A loop whose back edge got hot, or a hot side exit that was traced.
     *
     * @param filename    the code's file
     * @param qualname    the code's qualified name ({@code <module>} for module level)
     * @param firstLine   line of the loop's first instruction (a {@code for}/{@code while} header)
     * @param lastLine    line of the back edge
     * @param sideTraceOf for a side trace, the line of the exit it starts at; 0 for a loop
     * @param attempts    each time tier 2 was asked for a trace here, oldest first
     */
    record HotLoop(String filename, String qualname, int firstLine, int lastLine, int sideTraceOf,
            List<Attempt> attempts) {}

    /**
     * One request for a trace.
     *
     * @param created         whether an executor was made
     * @param why             when none was made, why, in plain words; when one was made, how the trace ends
     * @param whyLine         the line the reason is about (0 when none)
     * @param projectedLength uops projected before optimization (0 when projection gave up)
     * @param optimizedLength uops after optimization, exit stubs included (as in {@code PYTHON_LLTRACE})
     * @param backend         the backend that took the trace (empty when none)
     * @param exits           side exits taken so far, most taken first
     * @param invalidation    why the executor was invalidated (empty while it is valid)
     */
    record Attempt(boolean created, String why, int whyLine, int projectedLength, int optimizedLength,
            String backend, List<Exit> exits, String invalidation) {}

    /** A side exit taken {@code count} times at {@code line}, through the guard {@code guard}. */
    record Exit(int line, String guard, long count) {}
}
