/**
 * Tier 2: uop definitions, bytecode-to-uop translation, trace projection, the optimizer and executors.
 * Exports only the trace package that backends compile from.
 */
module dev.tiercel.tier2 {
    requires transitive dev.tiercel.runtime;

    exports dev.tiercel.tier2.trace;
    exports dev.tiercel.tier2.nativecode;

    uses dev.tiercel.runtime.spi.TraceBackend;

    provides dev.tiercel.runtime.spi.TraceOptimizer with dev.tiercel.tier2.internal.UopTraceOptimizer;
}
