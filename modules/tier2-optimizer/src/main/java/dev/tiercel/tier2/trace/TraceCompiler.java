package dev.tiercel.tier2.trace;

import dev.tiercel.runtime.spi.TraceBackend;

/** A {@link TraceBackend} that can take traces from this optimizer. */
public interface TraceCompiler extends TraceBackend {
    /** Compiles {@code trace}, or returns null to decline it (the next backend is asked). */
    default CompiledTrace compile(Trace trace) {
        return null;
    }
}
