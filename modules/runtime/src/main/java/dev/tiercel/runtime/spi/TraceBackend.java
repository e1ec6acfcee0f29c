package dev.tiercel.runtime.spi;

/**
 * Runs tier-2 traces: the uop interpreter or a native copy-and-patch JIT. The trace-accepting part of the
 * contract is defined by the tier-2 module's exported trace package, which backends require; this interface
 * carries what the runtime and the launcher need to choose among backends.
 */
public interface TraceBackend extends TierInfo {

    /** Backends are offered traces in descending priority; the uop interpreter has the lowest. */
    int priority();

    /** Whether this backend can run on this machine (a native backend needs its CPU). */
    boolean isAvailable();

    /** Why {@link #isAvailable()} is false, for {@code -X tiers}; empty when available. */
    default String unavailableReason() {
        return "";
    }

    /** True for a backend that emits machine code (a JIT); false for the uop interpreter. */
    boolean isNative();
}
