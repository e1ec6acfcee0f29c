package dev.tiercel.tier2.trace;

import dev.tiercel.runtime.code.Opcodes;
import dev.tiercel.runtime.spi.PyStats;
import dev.tiercel.runtime.spi.StatsWriter;

/**
 * Tier 2's {@code -X pystats} counters, written as CPython 3.13's optimization section. Counted only when
 * {@code PyStats.ENABLED}; the optimizer counts projection and optimization, a backend counts what runs (the uop
 * interpreter's counting loop). Uop names and their order come from {@link Uop}.
 */
public final class TraceStats {
    private TraceStats() {}

    static long attempts;
    static long tracesCreated;
    static long tracesExecuted;
    static long uopsExecuted;
    static long tooLong;
    static long tooShort;
    static long innerLoop;
    static long recursiveCall;
    static long traceStackOverflow;
    static long executorsInvalidated;
    static long optimizerAttempts;
    static long optimizerSuccesses;
    static final long[] traceLength = new long[StatsWriter.HISTOGRAM_SIZE];
    static final long[] runLength = new long[StatsWriter.HISTOGRAM_SIZE];
    static final long[] optimizedLength = new long[StatsWriter.HISTOGRAM_SIZE];
    static final long[] uopCount = new long[Uop.values().length];
    static final long[] uopMiss = new long[Uop.values().length];
    static final long[] unsupported = new long[256];

    /** Tier 1 asked for a trace from a hot back edge, or an exit got hot. */
    public static void attempt() {
        if (!PyStats.collecting()) {
            return;
        }
        attempts++;
    }

    /** Projection produced a trace of {@code length} uops. */
    public static void traceCreated(int length) {
        if (!PyStats.collecting()) {
            return;
        }
        tracesCreated++;
        traceLength[StatsWriter.bucket(length)]++;
    }

    /** Projection stopped at the length limit. */
    public static void tooLong() {
        if (!PyStats.collecting()) {
            return;
        }
        tooLong++;
    }

    /** Projection found too little work to be worth a trace. */
    public static void tooShort() {
        if (!PyStats.collecting()) {
            return;
        }
        tooShort++;
    }

    /** Projection stopped at the back edge of another (inner) loop. */
    public static void innerLoop() {
        if (!PyStats.collecting()) {
            return;
        }
        innerLoop++;
    }

    /** Projection did not inline a call of a function whose code it was already projecting. */
    public static void recursiveCall() {
        if (!PyStats.collecting()) {
            return;
        }
        recursiveCall++;
    }

    /** Projection did not inline a call: the trace was as many inlined calls deep as it may be. */
    public static void traceStackOverflow() {
        if (!PyStats.collecting()) {
            return;
        }
        traceStackOverflow++;
    }

    /** Projection stopped at an instruction tier 2 does not translate. */
    public static void unsupported(int op) {
        if (!PyStats.collecting()) {
            return;
        }
        unsupported[op]++;
    }

    /** The passes start on a projected trace. */
    public static void optimizerAttempt() {
        if (!PyStats.collecting()) {
            return;
        }
        optimizerAttempts++;
    }

    /** The passes finished with a trace of {@code length} uops (exit stubs not counted). */
    public static void optimized(int length) {
        if (!PyStats.collecting()) {
            return;
        }
        optimizerSuccesses++;
        optimizedLength[StatsWriter.bucket(length)]++;
    }

    /** A valid executor became invalid. */
    public static void invalidated() {
        if (!PyStats.collecting()) {
            return;
        }
        executorsInvalidated++;
    }

    /** A backend ran a trace from its first uop; it executed {@code uops} uops before leaving. */
    public static void traceRun(int uops) {
        if (!PyStats.collecting()) {
            return;
        }
        tracesExecuted++;
        uopsExecuted += uops;
        runLength[StatsWriter.bucket(uops)]++;
    }

    /** A backend executed {@code uop}. */
    public static void executed(Uop uop) {
        if (!PyStats.collecting()) {
            return;
        }
        uopCount[uop.ordinal()]++;
    }

    /** The guard {@code uop} failed: its trace left through an exit. */
    public static void miss(Uop uop) {
        if (!PyStats.collecting()) {
            return;
        }
        uopMiss[uop.ordinal()]++;
    }

    /**
     * CPython's optimization section. Left out, because nothing here corresponds: trace stack underflow (a trace
     * never returns out of the frame it started in), low confidence (no branch history), optimizer failure "no
     * memory", and the globals-removal failures (no dict watchers).
     */
    public static void write(StatsWriter w) {
        w.plain("Optimization attempts", attempts);
        w.plain("Optimization traces created", tracesCreated);
        w.plain("Optimization traces executed", tracesExecuted);
        w.plain("Optimization uops executed", uopsExecuted);
        w.plain("Optimization trace stack overflow", traceStackOverflow);
        w.plain("Optimization trace too long", tooLong);
        w.plain("Optimization trace too short", tooShort);
        w.plain("Optimization inner loop", innerLoop);
        w.plain("Optimization recursive call", recursiveCall);
        w.plain("Executors invalidated", executorsInvalidated);
        w.histogram("Trace length", traceLength);
        w.histogram("Trace run length", runLength);
        w.histogram("Optimized trace length", optimizedLength);
        w.plain("Optimization optimizer attempts", optimizerAttempts);
        w.plain("Optimization optimizer successes", optimizerSuccesses);
        for (Uop u : Uop.values()) {
            if (uopCount[u.ordinal()] != 0) {
                w.spaced(u.statsName(), uopCount[u.ordinal()]);
            }
            if (uopMiss[u.ordinal()] != 0) {
                w.spaced("uops[" + u.name() + "].specialization.miss", uopMiss[u.ordinal()]);
            }
        }
        for (int op = 0; op < 256; op++) {
            if (unsupported[op] != 0) {
                w.spaced("unsupported_opcode[" + Opcodes.name(op) + "].count", unsupported[op]);
            }
        }
    }

    /** Forgets every count ({@code sys._stats_clear()}). */
    public static void clear() {
        attempts = 0;
        tracesCreated = 0;
        tracesExecuted = 0;
        uopsExecuted = 0;
        tooLong = 0;
        tooShort = 0;
        innerLoop = 0;
        recursiveCall = 0;
        traceStackOverflow = 0;
        executorsInvalidated = 0;
        optimizerAttempts = 0;
        optimizerSuccesses = 0;
        for (long[] a : new long[][] {traceLength, runLength, optimizedLength, uopCount, uopMiss, unsupported}) {
            java.util.Arrays.fill(a, 0);
        }
    }
}
