/** Tier 1: the specializing adaptive interpreter. */
module dev.tiercel.tier1 {
    requires dev.tiercel.runtime;

    uses dev.tiercel.runtime.spi.TraceOptimizer;

    provides dev.tiercel.runtime.spi.Interpreter with dev.tiercel.tier1.Tier1Interpreter;
}
