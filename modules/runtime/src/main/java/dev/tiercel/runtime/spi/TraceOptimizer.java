package dev.tiercel.runtime.spi;

import dev.tiercel.runtime.object.PyFrame;
import java.util.List;

/**
 * Tier 2: turns hot loops into optimized traces of micro-ops run by executors. Tier 1 hands it hot
 * {@code JUMP_BACKWARD}s; the optimizer offers each finished trace to the available {@link TraceBackend}s in
 * priority order.
 */
public interface TraceOptimizer extends TierInfo {

    /** The backends found on the module path, sorted by descending priority; called once at start-up. */
    void attachBackends(List<TraceBackend> backends);

    /** The backend that takes traces first, or null when none is usable. */
    TraceBackend activeBackend();

    /**
     * Tier 1 found the {@code JUMP_BACKWARD} at code-unit index {@code index} of {@code frame} hot: project, optimize
     * and compile a trace starting there, using {@code frame}'s current values to choose specializations. Returns
     * null when no trace is worth making (unsupported first instruction, too short). Never throws Python errors.
     */
    default Executor optimize(PyFrame frame, int index) {
        return null;
    }

    /**
     * How many times a {@code JUMP_BACKWARD} must run before tier 1 asks for an executor (CPython: 16).
     * {@code -X tier2-threshold=N} or the system property {@code tiercel.tier2.threshold} change it; 1 is the
     * minimum, used by tests to send every loop through tier 2.
     */
    default int backedgeThreshold() {
        return 16;
    }

    /**
     * Adds tier 2's section to a {@code -X pystats} report (CPython's optimization statistics). Counters are kept
     * per process, so any instance writes the same section.
     */
    default void writeStats(StatsWriter out) {
    }

    /** Forgets tier 2's statistics ({@code sys._stats_clear()}). */
    default void clearStats() {
    }

    /** The executors made so far that are still reachable, for {@code tiercel.executors()}. */
    default java.util.List<ExecutorInfo> executors() {
        return java.util.List.of();
    }

    /** Invalidates every executor made so far; tier 1 drops each at its next entry. Returns how many were valid. */
    default int invalidateAll() {
        return 0;
    }

    /**
     * What {@code tiercel.executors()} shows of one executor.
     *
     * @param code   the code object's qualified name, file and first line ({@code f (prog.py:3)})
     * @param offset the byte offset of the instruction the trace starts at
     * @param valid  whether it still runs
     * @param uops   the trace's uop names, body then exit stubs
     */
    record ExecutorInfo(String code, int offset, boolean valid, java.util.List<String> uops) {}
    /** The record of what happened to each hot loop, for {@code -X jit-report}; empty when not kept. */
    default java.util.Optional<LoopReport> loopReport() {
        return java.util.Optional.empty();
    }
}
